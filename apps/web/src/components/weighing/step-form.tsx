import type { ReactNode } from "react";
import { answersToQuery, STEP_PARAM, type StepContent, type WeighingAnswers, type WeighingStep } from "@kk/legal";
import { FieldGroup } from "@/components/ui/forms/field-parts";
import { SUBMITTED_PARAM, WEIGHING_BASE } from "./answers-query";

export const STEP_FORM_ID = "afweging-stap";

interface StepFormProps {
  step: WeighingStep;
  content: StepContent;
  answers: WeighingAnswers;
  error?: string;
  /** Shown under the question, before the options: what the previous answer means, who must consent. */
  children?: ReactNode;
}

/**
 * One question as a GET form (works without JavaScript): the answers so far as hidden choice
 * codes, this step's radios or checkboxes, and the "submitted" marker. The submit button sits
 * outside the form (form="…") so the free-text notes can stand between question and button
 * without ever being inside the form.
 */
export function StepForm({ step, content, answers, error, children }: StepFormProps) {
  const param = STEP_PARAM[step];
  if (!param || !content.options) return null;
  const chosen = answers[param];
  const chosenCodes: readonly string[] = chosen === undefined ? [] : typeof chosen === "string" ? [chosen] : chosen;
  const carried = answersToQuery(answers).filter(([key]) => key !== param);
  return (
    <form id={STEP_FORM_ID} method="get" action={`${WEIGHING_BASE}/${step}`} className="mb-6">
      {carried.map(([key, value], index) => (
        <input key={`${key}-${value}-${index}`} type="hidden" name={key} value={value} />
      ))}
      <input type="hidden" name={SUBMITTED_PARAM} value={step} />
      {/* Leenen: no box ticked is an answer too ("none of the criteria is met"). */}
      {param === "leenen" ? <input type="hidden" name={param} value="geen" /> : null}
      <FieldGroup
        id={`${param}-vraag`}
        legend={<h1 className="text-3xl sm:text-4xl">{content.title}</h1>}
        hint={content.hint}
        error={error}
        className="min-w-0"
        legendClassName="mb-2"
      >
        {children ? <div className="mt-4">{children}</div> : null}
        <div className="mt-3 flex flex-col gap-3">
          {content.options.map((option) => {
            const id = `${param}-${option.code}`;
            return (
              <div key={option.code} className="flex items-start gap-3">
                <input
                  id={id}
                  type={content.multiple ? "checkbox" : "radio"}
                  name={param}
                  value={option.code}
                  defaultChecked={chosenCodes.includes(option.code)}
                  className="mt-0.5 size-6 shrink-0 accent-action"
                />
                <label htmlFor={id}>{option.label}</label>
              </div>
            );
          })}
        </div>
      </FieldGroup>
    </form>
  );
}

/** The id of the first option, for the error summary's link. */
export function firstOptionId(step: WeighingStep, content: StepContent): string | undefined {
  const param = STEP_PARAM[step];
  return param && content.options?.[0] ? `${param}-${content.options[0].code}` : undefined;
}
