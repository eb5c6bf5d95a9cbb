import type { DirectorySearchResult } from "@kk/api";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.socialeKaart.search;

type Counted = Pick<DirectorySearchResult, "total" | "totalIsMinimum" | "moreThanTotal" | "page" | "pageCount" | "morePages">;

/** The result count as the status line says it: exact, "of meer" (near matches) or "Meer dan" (ADR 0008, "Broad queries"). */
export function resultCountText({ total, totalIsMinimum, moreThanTotal }: Counted): string {
  if (total === 0) return t.countNone;
  if (moreThanTotal) return format(t.countMoreThan, { count: total.toLocaleString("nl-NL") });
  if (totalIsMinimum) return format(t.countAtLeast, { count: total.toLocaleString("nl-NL") });
  if (total === 1) return t.countOne;
  return format(t.countMany, { count: total.toLocaleString("nl-NL") });
}

/** "pagina 3 van 7", "pagina 3 van meer dan 50" while the list's end is not counted; null for one page or a page past the end. */
export function resultPageText({ page, pageCount, morePages }: Counted): string | null {
  if ((pageCount <= 1 && !morePages) || page > pageCount) return null;
  return format(morePages ? t.pageOfMore : t.pageOf, { page, pageCount });
}
