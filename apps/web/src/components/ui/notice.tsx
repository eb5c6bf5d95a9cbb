import type { ReactNode } from "react";

export type NoticeTone = "info" | "success" | "warning" | "error";

const tones: Record<NoticeTone, string> = {
  info: "border-brand bg-info-bg",
  success: "border-action bg-success-bg",
  warning: "border-ink bg-focus/30",
  error: "border-danger bg-error-bg",
};

interface NoticeProps {
  tone?: NoticeTone;
  title?: string;
  children: ReactNode;
  /** "status" for messages that appear after an action, so screen readers announce them. */
  role?: "status" | "alert";
}

export function Notice({ tone = "info", title, children, role }: NoticeProps) {
  return (
    <div role={role} className={`mb-6 border-l-8 p-4 ${tones[tone]}`}>
      {title ? <h2 className="mb-1 text-lg">{title}</h2> : null}
      <div>{children}</div>
    </div>
  );
}

/** What a button did: a success or a refusal. */
export interface Outcome {
  tone: "success" | "error";
  message: string;
}

interface OutcomeNoticeProps {
  outcome: Outcome | null;
  /** The success message in bold too (a refusal always is). */
  boldSuccess?: boolean;
}

/**
 * The answer to a button outside a form (a status change, a registration) in a polite live region:
 * a success as a status, a refusal as an alert.
 */
export function OutcomeNotice({ outcome, boldSuccess = false }: OutcomeNoticeProps) {
  return (
    <div aria-live="polite">
      {outcome ? (
        <Notice tone={outcome.tone} role={outcome.tone === "error" ? "alert" : "status"}>
          <p className={boldSuccess || outcome.tone === "error" ? "font-semibold" : undefined}>{outcome.message}</p>
        </Notice>
      ) : null}
    </div>
  );
}
