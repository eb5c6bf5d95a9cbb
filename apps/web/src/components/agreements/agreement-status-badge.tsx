import type { AgreementStatus } from "@kk/db";
import * as messages from "@/messages/catalogue";

// Colour supports the text, never replaces it: the status is always written out.
const tones: Record<AgreementStatus, string> = {
  CONCEPT: "border-line-strong bg-surface",
  IN_BESPREKING: "border-brand bg-info-bg",
  ACTIEF: "border-action bg-success-bg",
  VERLOPEN: "border-danger bg-error-bg",
  BEEINDIGD: "border-ink bg-surface",
};

export function AgreementStatusBadge({ status }: { status: AgreementStatus }) {
  return (
    <span className={`inline-block border-l-4 px-2 py-0.5 text-sm font-semibold ${tones[status]}`} data-testid="agreement-status">
      {messages.convenanten.statuses[status]}
    </span>
  );
}
