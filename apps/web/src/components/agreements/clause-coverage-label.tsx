import type { ClauseCoverage } from "@kk/db";
import * as messages from "@/messages/catalogue";

const labels = messages.convenanten;

// The icon and colour repeat the text; the text alone carries the meaning (WCAG 1.4.1).
const styles: Record<ClauseCoverage | "NONE", { icon: string; className: string }> = {
  COVERED: { icon: "✓", className: "text-action-dark" },
  NOT_COVERED: { icon: "✗", className: "text-danger" },
  NOT_APPLICABLE: { icon: "–", className: "text-ink-muted" },
  NONE: { icon: "?", className: "text-ink-muted" },
};

export function ClauseCoverageLabel({ coverage }: { coverage: ClauseCoverage | null }) {
  const style = styles[coverage ?? "NONE"];
  return (
    <span className={`inline-flex items-baseline gap-2 font-semibold ${style.className}`}>
      <span aria-hidden="true" className="inline-block w-4 text-center">
        {style.icon}
      </span>
      {coverage ? labels.coverage[coverage] : labels.coverageNotAssessed}
    </span>
  );
}
