import type { InputHTMLAttributes, ReactNode, Ref, TextareaHTMLAttributes } from "react";
import { controlClassName, describedBy, FieldError, FieldFrame, FieldGroup, fieldIds } from "@/components/ui/forms/field-parts";

export interface TextareaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id"> {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  id?: string;
  ref?: Ref<HTMLTextAreaElement>;
}

/** Multi-line text with the same label/hint/error layout as TextField. */
export function TextareaField({ name, label, hint, error, id = name, className = "", rows = 4, ...textarea }: TextareaFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        name={name}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={controlClassName(error, className)}
        {...textarea}
      />
    </FieldFrame>
  );
}

export interface CheckboxFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "type"> {
  name: string;
  label: ReactNode;
  error?: string;
  id?: string;
  ref?: Ref<HTMLInputElement>;
}

/** A single yes/no checkbox, the box left of its label (GOV.UK checkboxes). */
export function CheckboxField({ name, label, error, id = name, ...input }: CheckboxFieldProps) {
  const ids = fieldIds(id);
  return (
    <div className={`mb-4 ${error ? "border-l-4 border-danger pl-4" : ""}`}>
      <FieldError id={ids.error} message={error} />
      <div className="flex items-start gap-3">
        <input
          id={id}
          name={name}
          type="checkbox"
          aria-describedby={error ? ids.error : undefined}
          className="mt-0.5 size-7 shrink-0 accent-action"
          {...input}
        />
        <label htmlFor={id} className="pt-0.5">
          {label}
        </label>
      </div>
    </div>
  );
}

interface CheckboxGroupProps {
  /** Id of the first checkbox, so the error summary can link to the group. */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}

/** Several checkboxes under one question: fieldset and legend, hint, inline error. */
export function CheckboxGroup({ id, legend, hint, error, children }: CheckboxGroupProps) {
  return (
    <FieldGroup id={id} legend={legend} hint={hint} error={error}>
      <div className="mt-2">{children}</div>
    </FieldGroup>
  );
}
