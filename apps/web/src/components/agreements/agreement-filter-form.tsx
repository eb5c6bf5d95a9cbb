import { AGREEMENT_KINDS, AGREEMENT_STATUSES } from "@kk/api/schemas";
import Form from "next/form";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { controlClassName, describedBy, fieldIds } from "@/components/ui/forms/field-parts";
import * as messages from "@/messages/catalogue";
import { AGREEMENT_URL_PARAMS, type AgreementListSearch } from "./agreement-search-params";

const t = messages.convenantenRegistry.filters;
const labels = messages.convenanten;

interface Props {
  search: AgreementListSearch;
  organisations: ReadonlyArray<{ id: string; name: string }>;
  /** The install's municipalities (issue 18); the Gemeente filter shows only when there are several. */
  municipalities?: ReadonlyArray<{ code: string; name: string }>;
}

/**
 * A plain GET form: every filter is in the URL, so a list can be bookmarked and shared, and it
 * works without JavaScript (next/form makes it a client navigation when JavaScript runs).
 */
export function AgreementFilterForm({ search, organisations, municipalities = [] }: Props) {
  const { form } = search;
  const daysIds = fieldIds("verlooptBinnen");
  return (
    <Form action="/convenanten" role="search" aria-label={t.formLabel} className="mb-8 border-2 border-line bg-surface p-4">
      <div className="grid gap-x-6 gap-y-4 md:grid-cols-2">
        <div>
          <label htmlFor="q" className="block font-semibold">
            {t.q}
          </label>
          <p id={fieldIds("q").hint} className="text-ink-muted">
            {t.qHint}
          </p>
          <input
            id="q"
            name={AGREEMENT_URL_PARAMS.q}
            type="search"
            defaultValue={form.q}
            maxLength={200}
            autoComplete="off"
            aria-describedby={fieldIds("q").hint}
            className={controlClassName(undefined, "mt-1 min-h-11")}
          />
        </div>

        <fieldset className="min-w-0 md:row-span-3">
          <legend className="mb-1 font-semibold">{t.status}</legend>
          <ul className="grid gap-1">
            {AGREEMENT_STATUSES.map((status) => (
              <li key={status} className="flex items-start gap-2">
                <input
                  id={`filter-status-${status}`}
                  type="checkbox"
                  name={AGREEMENT_URL_PARAMS.status}
                  value={status}
                  defaultChecked={form.status.includes(status)}
                  className="mt-1 size-5 shrink-0 accent-brand"
                />
                <label htmlFor={`filter-status-${status}`}>{labels.statuses[status]}</label>
              </li>
            ))}
          </ul>
        </fieldset>

        <div>
          <label htmlFor="soort" className="block font-semibold">
            {t.kind}
          </label>
          <select id="soort" name={AGREEMENT_URL_PARAMS.kind} defaultValue={form.kind} className={controlClassName(undefined, "mt-1")}>
            <option value="">{t.kindAll}</option>
            {AGREEMENT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {labels.kinds[kind]}
              </option>
            ))}
          </select>
        </div>

        <div>
          <label htmlFor="partij" className="block font-semibold">
            {t.party}
          </label>
          <p id={fieldIds("partij").hint} className="text-ink-muted">
            {t.partyHint}
          </p>
          <select
            id="partij"
            name={AGREEMENT_URL_PARAMS.organisationId}
            defaultValue={form.organisationId}
            aria-describedby={fieldIds("partij").hint}
            className={controlClassName(undefined, "mt-1")}
          >
            <option value="">{t.partyAll}</option>
            {organisations.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {organisation.name}
              </option>
            ))}
          </select>
        </div>

        {municipalities.length > 1 ? (
          <div>
            <label htmlFor="gemeente" className="block font-semibold">
              {t.municipality}
            </label>
            <p id={fieldIds("gemeente").hint} className="text-ink-muted">
              {t.municipalityHint}
            </p>
            <select
              id="gemeente"
              name={AGREEMENT_URL_PARAMS.municipality}
              defaultValue={form.municipality}
              aria-describedby={fieldIds("gemeente").hint}
              className={controlClassName(undefined, "mt-1")}
            >
              <option value="">{t.municipalityAll}</option>
              {municipalities.map((municipality) => (
                <option key={municipality.code} value={municipality.code}>
                  {municipality.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}

        <div>
          <label htmlFor="verlooptBinnen" className="block font-semibold">
            {t.lapsesWithinDays}
          </label>
          <p id={daysIds.hint} className="text-ink-muted">
            {t.lapsesWithinDaysHint}
          </p>
          <input
            id="verlooptBinnen"
            name={AGREEMENT_URL_PARAMS.lapsesWithinDays}
            type="number"
            inputMode="numeric"
            min={1}
            max={3650}
            defaultValue={form.lapsesWithinDays}
            aria-describedby={describedBy("verlooptBinnen", true, undefined)}
            className={controlClassName(undefined, "mt-1 max-w-40")}
          />
        </div>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <Button type="submit">{t.submit}</Button>
        {search.filtered ? <Link href="/convenanten">{t.clear}</Link> : null}
      </div>
    </Form>
  );
}
