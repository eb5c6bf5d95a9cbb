import type { ReactNode, Ref, SelectHTMLAttributes } from "react";
import { controlClassName, describedBy, FieldFrame } from "@/components/ui/forms/field-parts";

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, "id"> {
  name: string;
  label: ReactNode;
  options: readonly SelectOption[];
  hint?: ReactNode;
  error?: string;
  /** Shown as the first option with an empty value. */
  placeholder?: string;
  id?: string;
  ref?: Ref<HTMLSelectElement>;
}

export function SelectField({
  name,
  label,
  options,
  hint,
  error,
  placeholder,
  id = name,
  className = "",
  ...select
}: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={controlClassName(error, className)}
        {...select}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
