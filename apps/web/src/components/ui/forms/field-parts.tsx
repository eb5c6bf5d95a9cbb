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

interface FieldHintProps {
  id: string;
  hint: ReactNode;
  /** A hint with block content (a list) needs a div. */
  as?: "p" | "div";
}

/** The hint under a label or legend, in the muted colour; nothing without a hint. */
export function FieldHint({ id, hint, as: Tag = "p" }: FieldHintProps) {
  if (!hint) return null;
  return (
    <Tag id={id} className="text-ink-muted">
      {hint}
    </Tag>
  );
}

/** The red bar beside a field or group with an error (GOV.UK). */
function errorBar(error: string | undefined): string {
  return error ? "border-l-4 border-danger pl-4" : "";
}

interface FieldGroupProps {
  /** The group's id: its hint and error ids derive from it (`fieldIds`). */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** The fieldset's own classes (spacing, `min-w-0`); the error bar is added. */
  className?: string;
  legendClassName?: string;
  hintAs?: "p" | "div";
  children: ReactNode;
}

/** One question over several inputs: fieldset and legend, hint, inline error (GOV.UK radios and checkboxes). */
export function FieldGroup({ id, legend, hint, error, className = "mb-6", legendClassName = "font-semibold", hintAs, children }: FieldGroupProps) {
  const ids = fieldIds(id);
  return (
    <fieldset className={`${className} ${errorBar(error)}`} aria-describedby={describedBy(id, hint, error)}>
      <legend className={legendClassName}>{legend}</legend>
      <FieldHint id={ids.hint} hint={hint} as={hintAs} />
      <FieldError id={ids.error} message={error} />
      {children}
    </fieldset>
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
    <div className={`mb-6 ${errorBar(error)}`}>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <FieldHint id={ids.hint} hint={hint} />
      <FieldError id={ids.error} message={error} />
      <div className="mt-1">{children}</div>
    </div>
  );
}

// Its own module, so a component that only styles a control does not ship the field components.
export { controlClassName } from "./control-class";
