import { SECTORS } from "@kk/api/schemas";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import * as messages from "@/messages/catalogue";

const t = messages.convenantenDekking.matrix;
const sectorLabels = messages.socialeKaart.sectors;

/**
 * A GET form: the chosen sectors live in the URL (`?sector=…&sector=…`), so a view of the matrix
 * can be bookmarked and shared, and it works without JavaScript.
 */
export function SectorFilterForm({ action, selected }: { action: string; selected: readonly string[] }) {
  return (
    <form method="get" action={action} className="mb-8 border-2 border-line p-4 sm:p-6">
      <fieldset aria-describedby="sector-hint">
        <legend className="text-xl font-bold">{t.filterHeading}</legend>
        <p id="sector-hint" className="mb-3 text-ink-muted">
          {t.filterHint}
        </p>
        <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {SECTORS.map((sector) => (
            <li key={sector} className="flex items-start gap-2">
              <input
                id={`sector-${sector}`}
                type="checkbox"
                name="sector"
                value={sector}
                defaultChecked={selected.includes(sector)}
                className="mt-1 size-5 shrink-0 accent-brand"
              />
              <label htmlFor={`sector-${sector}`}>{sectorLabels[sector]}</label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <Button type="submit">{t.filterSubmit}</Button>
        {selected.length > 0 ? <Link href={action}>{t.filterClear}</Link> : null}
      </div>
    </form>
  );
}
