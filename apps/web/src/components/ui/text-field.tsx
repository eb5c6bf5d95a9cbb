import type { InputHTMLAttributes, ReactNode, Ref } from "react";
import { controlClassName, describedBy, FieldFrame } from "@/components/ui/forms/field-parts";

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "id"> {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** Defaults to the name, which keeps error-summary links predictable (#name). */
  id?: string;
  ref?: Ref<HTMLInputElement>;
}

export function TextField({ name, label, hint, error, id = name, className = "", type = "text", ...input }: TextFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        name={name}
        type={type}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={controlClassName(error, className)}
        {...input}
      />
    </FieldFrame>
  );
}
