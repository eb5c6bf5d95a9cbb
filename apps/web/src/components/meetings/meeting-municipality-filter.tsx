import { REGIONAL_MEETINGS } from "@kk/api/schemas";
import Form from "next/form";
import { Button } from "@/components/ui/button";
import { controlClassName } from "@/components/ui/forms/field-parts";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const r = messages.regioGedeeld.meetings;

/** The agenda's `gemeente` parameter (issue 18): a known code, "regionaal", or absent (all). */
export function meetingMunicipalityFromParam(raw: string | string[] | undefined, municipalities: ReadonlyArray<{ code: string }>): string | undefined {
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  if (value === REGIONAL_MEETINGS) return REGIONAL_MEETINGS;
  return value && municipalities.some((m) => m.code === value.toUpperCase()) ? value.toUpperCase() : undefined;
}

/** Local or regional (issue 18): all meetings, the regional ones, or one municipality's and the regional ones. */
export function MeetingMunicipalityFilter({ municipalities, selected }: { municipalities: ReadonlyArray<{ code: string; name: string }>; selected: string | undefined }) {
  if (municipalities.length < 2) return null;
  return (
    <Form action="/werkateliers" className="mb-6 flex max-w-2xl flex-col gap-3 sm:flex-row sm:items-end">
      <div className="grow">
        <label htmlFor="gemeente" className="block font-semibold">
          {r.filterLabel}
        </label>
        <select id="gemeente" name="gemeente" defaultValue={selected ?? ""} className={controlClassName(undefined, "mt-1 min-h-11")}>
          <option value="">{r.filterAll}</option>
          <option value={REGIONAL_MEETINGS}>{r.filterRegional}</option>
          {municipalities.map((m) => (
            <option key={m.code} value={m.code}>
              {format(r.filterMunicipality, { name: m.name })}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" variant="secondary">
        {messages.regioGedeeld.coverage.show}
      </Button>
    </Form>
  );
}
