// Relative, not "@/messages": vitest runs this module without the Next.js path alias.
import { format } from "../../messages";
import * as messages from "../../messages/catalogue";
import { clauseNames, type ViewPair } from "./coverage-view";

const t = messages.convenantenDekking.matrix.cell;

/** The full sentence of a matrix cell: what a screen reader hears and what the tooltip shows. */
export function cellText(pair: ViewPair | undefined, clauses: readonly { key: string; code: string; title: string }[], names: { a: string; b: string }): string {
  if (!pair?.covered) return format(t.notCoveredBetween, names);
  const coveredBy = format(t.coveredBy, { titles: pair.agreements.map((agreement) => agreement.title).join(", ") });
  if (pair.lacks.length === 0) return `${coveredBy}; ${t.allClauses}`;
  const missing = clauseNames(clauses, pair.lacks).join(", ");
  const lacks = pair.lacks.length === 1 ? format(t.lacksOne, { clauses: missing }) : format(t.lacks, { count: pair.lacks.length, clauses: missing });
  return `${coveredBy}; ${lacks}`;
}
