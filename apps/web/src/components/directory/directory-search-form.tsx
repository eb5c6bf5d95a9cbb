import type { DirectorySearch } from "@kk/api/schemas";
import { ALL_MUNICIPALITIES, CONTACT_ROLES, DIRECTORY_URL_PARAMS, directorySearchQuery } from "@kk/api/schemas";
import Form from "next/form";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { controlClassName, fieldIds } from "@/components/ui/forms/field-parts";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.socialeKaart.search;
const labels = messages.socialeKaart;

export interface FacetOption {
  value: string;
  label: string;
  count?: number;
}

export interface DirectoryFilterOptions {
  sector: FacetOption[];
  legalFrame: FacetOption[];
  type: FacetOption[];
  area: FacetOption[];
  service: FacetOption[];
}

type FilterKey = keyof DirectoryFilterOptions | "contactRole";

/** Long lists scroll inside their group so the other filters stay in view. */
const LONG_GROUP = 10;

interface Props {
  search: DirectorySearch;
  options: DirectoryFilterOptions;
  activeFilterCount: number;
  /** The install's municipalities (issue 18): the Gemeente filter, shown when there are several. */
  municipalities?: ReadonlyArray<{ code: string; name: string }>;
}

/**
 * A plain GET form: every search is a URL that can be bookmarked, shared and reloaded, and it
 * works without JavaScript. With JavaScript, next/form turns the submit into a client navigation.
 */
export function DirectorySearchForm({ search, options, activeFilterCount, municipalities = [] }: Props) {
  const ids = fieldIds("q");
  const groups: { key: FilterKey; options: FacetOption[] }[] = [
    { key: "sector", options: options.sector },
    { key: "legalFrame", options: options.legalFrame },
    { key: "area", options: options.area },
    { key: "type", options: options.type },
    { key: "service", options: options.service },
    { key: "contactRole", options: CONTACT_ROLES.map((role) => ({ value: role, label: labels.contactRoles[role] })) },
  ];
  return (
    <Form action="/sociale-kaart" role="search" aria-label={t.formLabel} className="mb-8">
      <div className="mb-4">
        <label htmlFor="q" className="block text-lg font-semibold">
          {t.queryLabel}
        </label>
        <p id={ids.hint} className="text-ink-muted">
          {t.queryHint}
        </p>
        <div className="mt-1 flex max-w-2xl flex-col gap-3 sm:flex-row">
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={search.q}
            maxLength={200}
            autoComplete="off"
            aria-describedby={ids.hint}
            className={controlClassName(undefined, "min-h-11")}
          />
          <Button type="submit">{t.submit}</Button>
        </div>
      </div>
      {municipalities.length > 1 ? <MunicipalityFilter municipalities={municipalities} selected={search.municipality} /> : null}

      <details open={activeFilterCount > 0} className="border-2 border-line bg-surface">
        <summary className="cursor-pointer px-4 py-3 font-semibold">
          {activeFilterCount > 0 ? format(t.filtersActive, { count: activeFilterCount }) : t.filtersSummary}
        </summary>
        <div className="grid gap-6 border-t-2 border-line bg-paper p-4 sm:grid-cols-2 lg:grid-cols-3">
          {groups.map((group) => (
            <FilterGroup key={group.key} name={group.key} options={group.options} selected={search[group.key]} />
          ))}
        </div>
        <div className="flex flex-wrap items-center gap-4 border-t-2 border-line bg-paper p-4">
          <Button type="submit" variant="secondary">
            {t.filtersApply}
          </Button>
          {activeFilterCount > 0 ? (
            <Link href={`/sociale-kaart?${directorySearchQuery({ q: search.q, municipality: search.municipality })}`}>{t.filtersClear}</Link>
          ) : null}
        </div>
      </details>
    </Form>
  );
}

function FilterGroup({ name, options, selected }: { name: FilterKey; options: FacetOption[]; selected: readonly string[] }) {
  // A value chosen in the URL stays visible (and can be unticked) even when no organisation has it now.
  const all: FacetOption[] = [...options, ...selected.filter((v) => !options.some((o) => o.value === v)).map((v) => ({ value: v, label: v }))];
  if (all.length === 0) return null;
  return (
    <fieldset className="min-w-0">
      <legend className="mb-2 font-semibold">{t.filterGroups[name]}</legend>
      <ul className={`grid gap-1 ${all.length > LONG_GROUP ? "max-h-64 overflow-y-auto pr-2" : ""}`}>
        {all.map((option, index) => {
          const id = `filter-${name}-${index}`;
          return (
            <li key={option.value} className="flex items-start gap-2">
              <input
                id={id}
                type="checkbox"
                name={DIRECTORY_URL_PARAMS[name]}
                value={option.value}
                defaultChecked={selected.includes(option.value)}
                className="mt-1 size-5 shrink-0 accent-brand"
              />
              <label htmlFor={id}>
                {option.label}
                {option.count !== undefined ? <span className="text-ink-muted"> {format(t.facetCount, { count: option.count })}</span> : null}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

const m = messages.regioGedeeld.search;

/** Gemeente (issue 18): one municipality (region-wide organisations included) or all of them. */
function MunicipalityFilter({ municipalities, selected }: { municipalities: ReadonlyArray<{ code: string; name: string }>; selected: string | null }) {
  const ids = fieldIds("gemeente");
  return (
    <div className="mb-4">
      <label htmlFor="gemeente" className="block font-semibold">
        {m.municipalityLabel}
      </label>
      <p id={ids.hint} className="text-ink-muted">
        {m.municipalityHint}
      </p>
      <select
        id="gemeente"
        name={DIRECTORY_URL_PARAMS.municipality}
        defaultValue={selected ?? ALL_MUNICIPALITIES}
        aria-describedby={ids.hint}
        className={controlClassName(undefined, "mt-1 min-h-11 sm:max-w-sm")}
      >
        <option value={ALL_MUNICIPALITIES}>{m.allMunicipalities}</option>
        {municipalities.map((municipality) => (
          <option key={municipality.code} value={municipality.code}>
            {municipality.name}
          </option>
        ))}
      </select>
    </div>
  );
}
