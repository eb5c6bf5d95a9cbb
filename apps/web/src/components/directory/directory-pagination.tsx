import { directorySearchQuery, type DirectorySearch } from "@kk/api/schemas";
import Link from "next/link";
import { pageWindow } from "./page-window";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.socialeKaart.search;

function href(search: DirectorySearch, page: number): string {
  const query = directorySearchQuery({ ...search, page });
  return query ? `/sociale-kaart?${query}` : "/sociale-kaart";
}

/**
 * `morePages`: the list goes on beyond `pageCount` (its total was not counted to the end), so the
 * last numbered page is followed by an ellipsis and "Volgende" stays.
 */
export function DirectoryPagination({ search, page, pageCount, morePages = false }: { search: DirectorySearch; page: number; pageCount: number; morePages?: boolean }) {
  if (pageCount <= 1 && !morePages) return null;
  const linkClass = "inline-flex min-h-11 min-w-11 items-center justify-center px-3";
  return (
    <nav aria-label={t.pagination} className="mt-8">
      <ul className="flex flex-wrap items-center gap-1">
        {page > 1 ? (
          <li>
            <Link href={href(search, page - 1)} rel="prev" className={linkClass}>
              ← {t.previous}
            </Link>
          </li>
        ) : null}
        {pageWindow(page, pageCount).map((p, index) =>
          p === "gap" ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-2">
              …
            </li>
          ) : (
            <li key={p}>
              {p === page ? (
                <a href={href(search, p)} aria-current="page" aria-label={format(t.pageLink, { page: p })} className={`${linkClass} bg-brand font-semibold text-brand-contrast no-underline`}>
                  {p}
                </a>
              ) : (
                <Link href={href(search, p)} aria-label={format(t.pageLink, { page: p })} className={linkClass}>
                  {p}
                </Link>
              )}
            </li>
          ),
        )}
        {morePages ? (
          <li aria-hidden="true" className="px-2">
            …
          </li>
        ) : null}
        {page < pageCount || morePages ? (
          <li>
            <Link href={href(search, page + 1)} rel="next" className={linkClass}>
              {t.next} →
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
