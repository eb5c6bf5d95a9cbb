import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { FieldGroup } from "@/components/ui/forms/field-parts";

interface RadioGroupProps {
  /** Id of the first radio button, so the error summary can link to the group. */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  registration: UseFormRegisterReturn;
  /** Side by side from a tablet up (short labels); stacked on a phone. */
  inline?: boolean;
  legendClassName?: string;
}

/** One question with radio buttons: fieldset and legend, hint, inline error (GOV.UK radios). */
export function RadioGroup({ id, legend, hint, error, options, registration, inline = false, legendClassName = "font-semibold" }: RadioGroupProps) {
  return (
    <FieldGroup id={id} legend={legend} hint={hint} error={error} className="mb-6 min-w-0" legendClassName={legendClassName} hintAs="div">
      <div className={`mt-2 flex flex-col gap-2 ${inline ? "sm:flex-row sm:flex-wrap sm:gap-x-6" : ""}`}>
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option.value || "leeg"}`;
          return (
            <div key={option.value} className="flex items-center gap-2">
              <input id={optionId} type="radio" value={option.value} className="size-6 shrink-0 accent-action" {...registration} />
              <label htmlFor={optionId}>{option.label}</label>
            </div>
          );
        })}
      </div>
    </FieldGroup>
  );
}
