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
