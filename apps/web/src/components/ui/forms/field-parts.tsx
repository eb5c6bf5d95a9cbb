import type { ReactNode } from "react";

/** Ids that tie a field to its hint and error, so screen readers read them with the field. */
export function fieldIds(id: string) {
  return { hint: `${id}-hint`, error: `${id}-error` };
}

export function describedBy(id: string, hint: ReactNode, error: string | undefined): string | undefined {
  const ids = fieldIds(id);
  const parts = [hint ? ids.hint : null, error ? ids.error : null].filter(Boolean);
  return parts.length > 0 ? parts.join(" ") : undefined;
}

interface FieldErrorProps {
  /** The error's id (`fieldIds(id).error`), when a field points at it with aria-describedby. */
  id?: string;
  message: string | undefined | null;
  /** Extra classes (spacing, size) before the error's own weight and colour. */
  className?: string;
}

/** The inline error above a field or group: bold, in the error colour, read as "Fout: …". */
export function FieldError({ id, message, className = "" }: FieldErrorProps) {
  if (!message) return null;
  return (
    <p id={id} className={`${className} font-semibold text-danger`.trim()}>
      <span className="sr-only">Fout: </span>
      {message}
    </p>
  );
}

interface FieldFrameProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}

/** Label above the field, then hint, then the inline error (GOV.UK order). */
export function FieldFrame({ id, label, hint, error, children }: FieldFrameProps) {
  const ids = fieldIds(id);
  return (
    <div className={`mb-6 ${error ? "border-l-4 border-danger pl-4" : ""}`}>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={ids.hint} className="text-ink-muted">
          {hint}
        </p>
      ) : null}
      <FieldError id={ids.error} message={error} />
      <div className="mt-1">{children}</div>
    </div>
  );
}

export function controlClassName(error: string | undefined, extra = ""): string {
  return (
    "block w-full max-w-xl rounded-none border-2 bg-paper px-3 py-2 text-base text-ink " +
    (error ? "border-danger " : "border-line-strong ") +
    extra
  ).trim();
}
