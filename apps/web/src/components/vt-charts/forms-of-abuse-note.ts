import { KEY_LABELS } from "@kk/api/schemas";
import { OTHER_STATEMENT_IDS, SOURCES, statementById } from "@kk/legal";
import { format } from "../../messages";
import * as messages from "../../messages/catalogue";

const t = messages.dashboardCijfers.charts;

/**
 * The note beside every table or chart by form of violence (issue 13, item 5): the five forms of
 * the sources (000 §1.2, 004) mapped to the CBS categories these figures use, with "getuige van
 * huiselijk geweld" separate, then the sources' own definition with its source.
 */
export function formsOfAbuseNotes(): string[] {
  const statement = statementById(OTHER_STATEMENT_IDS.formsOfAbuse);
  const ref = statement?.sources[0];
  const definition = statement && ref ? `${statement.text} (${t.seriesBreak.sourcePrefix} ${SOURCES[ref.source].title}, ${ref.section}.)` : "";
  return [format(t.formsOfAbuse.mapping, KEY_LABELS), ...(definition ? [definition] : [])];
}
