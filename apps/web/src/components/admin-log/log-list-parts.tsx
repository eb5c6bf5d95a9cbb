import Link from "next/link";
import { Button } from "@/components/ui/button";

/**
 * What the administrator's logs (/beheer/audit, /beheer/outbox) share: the query parameters
 * (`soort`: one kind, `voor`: the cursor of the next page), the kind filter and the pager.
 */

export interface LogSearchParams {
  soort?: string | string[];
  voor?: string | string[];
}

/** A query parameter's first value, trimmed; none when empty. */
export function firstParam(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return v?.trim() || undefined;
}

/** The log's URL for one kind (none: all) and a cursor (none: the first page). */
export function logPageHref(path: string, kind: string | undefined, before: string | undefined): string {
  const params = new URLSearchParams();
  if (kind) params.set("soort", kind);
  if (before) params.set("voor", before);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

interface KindFilterProps {
  path: string;
  kind: string | undefined;
  kinds: ReadonlyArray<{ value: string; label: string }>;
  texts: { filterLabel: string; filterAll: string; filterSubmit: string };
}

/** A GET form: show one kind of entry, or all (works without JavaScript). */
export function KindFilter({ path, kind, kinds, texts }: KindFilterProps) {
  return (
    <form method="get" action={path} className="mb-8 flex flex-wrap items-end gap-4">
      <div>
        <label htmlFor="soort" className="block font-semibold">
          {texts.filterLabel}
        </label>
        <select id="soort" name="soort" defaultValue={kind ?? ""} className="mt-1 block min-h-11 border-2 border-line-strong bg-paper px-3 py-2 text-base">
          <option value="">{texts.filterAll}</option>
          {kinds.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" variant="secondary">
        {texts.filterSubmit}
      </Button>
    </form>
  );
}

interface LogPagerProps {
  path: string;
  kind: string | undefined;
  before: string | undefined;
  nextBefore: string | null | undefined;
  texts: { pagination: string; first: string; next: string };
}

/** Back to the newest entries, and on to older ones (a cursor, not page numbers). */
export function LogPager({ path, kind, before, nextBefore, texts }: LogPagerProps) {
  return (
    <nav aria-label={texts.pagination} className="mt-6 flex flex-wrap gap-6">
      {before ? <Link href={logPageHref(path, kind, undefined)}>{texts.first}</Link> : null}
      {nextBefore ? <Link href={logPageHref(path, kind, nextBefore)}>{texts.next}</Link> : null}
    </nav>
  );
}
