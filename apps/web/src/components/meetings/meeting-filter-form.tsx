import { MEETING_TYPES, PLAN_THEMES } from "@kk/api/schemas";
import Form from "next/form";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import * as messages from "@/messages/catalogue";
import { MEETING_URL_PARAMS, meetingListHref, type MeetingListSearch } from "./meeting-search-params";

const t = messages.werkateliers.list;
const labels = messages.werkateliers;

/** A plain GET form: filters live in the URL and are kept when switching between list and month. */
export function MeetingFilterForm({ search }: { search: MeetingListSearch }) {
  return (
    <Form action="/werkateliers" role="search" aria-label={t.filtersHeading} className="mb-8 border-2 border-line bg-surface p-4">
      {search.view === "maand" ? (
        <>
          <input type="hidden" name={MEETING_URL_PARAMS.view} value="maand" />
          <input type="hidden" name={MEETING_URL_PARAMS.month} value={search.month} />
        </>
      ) : null}
      <div className="grid gap-x-6 gap-y-4 md:grid-cols-2">
        <fieldset className="min-w-0">
          <legend className="mb-1 font-semibold">{t.typeLegend}</legend>
          <ul className="grid gap-1">
            {MEETING_TYPES.map((type) => (
              <li key={type} className="flex items-start gap-2">
                <input
                  id={`filter-soort-${type}`}
                  type="checkbox"
                  name={MEETING_URL_PARAMS.type}
                  value={type}
                  defaultChecked={search.types.includes(type)}
                  className="mt-1 size-5 shrink-0 accent-brand"
                />
                <label htmlFor={`filter-soort-${type}`}>{labels.types[type]}</label>
              </li>
            ))}
          </ul>
        </fieldset>
        <fieldset className="min-w-0">
          <legend className="mb-1 font-semibold">{t.themeLegend}</legend>
          <ul className="grid gap-1">
            {PLAN_THEMES.map((theme) => (
              <li key={theme} className="flex items-start gap-2">
                <input
                  id={`filter-thema-${theme}`}
                  type="checkbox"
                  name={MEETING_URL_PARAMS.theme}
                  value={theme}
                  defaultChecked={search.themes.includes(theme)}
                  className="mt-1 size-5 shrink-0 accent-brand"
                />
                <label htmlFor={`filter-thema-${theme}`}>{labels.themes[theme]}</label>
              </li>
            ))}
          </ul>
        </fieldset>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <Button type="submit" variant="primary">
          {t.applyFilters}
        </Button>
        {search.types.length > 0 || search.themes.length > 0 ? (
          <Link href={meetingListHref({ ...search, types: [], themes: [] })}>{t.clearFilters}</Link>
        ) : null}
      </div>
    </Form>
  );
}
