import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

interface CoverageCounts {
  covered: number;
  notCovered: number;
  notApplicable: number;
  notAssessed: number;
}

const t = messages.convenantenRegistry.list;

/** "6 van 12 bepalingen gedekt" (the total is the whole catalogue), plus how many are not assessed. */
export function coverageSummary(counts: CoverageCounts): string {
  const total = counts.covered + counts.notCovered + counts.notApplicable + counts.notAssessed;
  const text = format(t.coverageSummary, { covered: counts.covered, total });
  return counts.notAssessed > 0 ? `${text} (${format(t.coverageNotAssessed, { count: counts.notAssessed })})` : text;
}
