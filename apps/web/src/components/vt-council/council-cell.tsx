import { councilCellText, formatPercentage, type CouncilCell, type CouncilRate } from "@kk/api/schemas";
import * as messages from "@/messages/catalogue";

const t = messages.dashboardRaad;

type Reason = Extract<CouncilCell | CouncilRate, { status: "SUPPRESSED" }>["reason"];

export const footnoteId = (reason: Reason): string => `voetnoot-${reason.toLowerCase()}`;

function FootnoteMark({ reason }: { reason: Reason }) {
  return (
    <a href={`#${footnoteId(reason)}`} className="relative ml-1 text-sm" data-print-url="no">
      <sup aria-hidden="true">*</sup>
      <span className="sr-only">({t.cell.footnote})</span>
    </a>
  );
}

function ProvisionalMark({ provisional }: { provisional: boolean }) {
  return provisional ? <span className="ml-1 text-sm text-ink-muted">({t.cell.provisional})</span> : null;
}

/** A count as the council sees it: the number, "< 10" or "afgeschermd" with a footnote, "onbekend". */
export function CouncilCellView({ cell }: { cell: CouncilCell }) {
  return (
    <span className="relative whitespace-nowrap" data-council-cell={cell.status === "SUPPRESSED" ? cell.reason : cell.status}>
      {councilCellText(cell)}
      {cell.status === "SUPPRESSED" ? <FootnoteMark reason={cell.reason} /> : null}
      <ProvisionalMark provisional={cell.provisional} />
    </span>
  );
}

/** A percentage as the council sees it; hidden when the count it rests on is hidden. */
export function CouncilRateView({ rate }: { rate: CouncilRate }) {
  const text = rate.status === "VALUE" ? formatPercentage(rate.percentage) : rate.status === "MISSING" ? "onbekend" : "afgeschermd";
  return (
    <span className="relative whitespace-nowrap" data-council-cell={rate.status === "SUPPRESSED" ? rate.reason : rate.status}>
      {text}
      {rate.status === "SUPPRESSED" ? <FootnoteMark reason={rate.reason} /> : null}
      <ProvisionalMark provisional={rate.provisional} />
    </span>
  );
}
