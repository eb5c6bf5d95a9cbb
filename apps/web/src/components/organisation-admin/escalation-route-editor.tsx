"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { MAX_ESCALATION_STEPS, replaceEscalationRouteInput } from "@kk/api/schemas";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextareaField } from "@/components/ui/forms/fields";
import { applyServerError, errorAt, summaryItems } from "@/components/ui/forms/server-error";
import { Notice } from "@/components/ui/notice";
import type { SelectOption } from "@/components/ui/select-field";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useTRPC } from "@/lib/trpc/client";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.socialeKaartBeheer.route;

const STEP_FIELDS = ["label", "contactId", "whenToUse", "responseTime"] as const;

export interface RouteStep {
  label: string;
  contactId: string | null;
  whenToUse: string;
  responseTime: string;
}

interface Props {
  organisationId: string;
  version: number;
  steps: RouteStep[];
  contacts: SelectOption[];
}

const emptyStep = { label: "", contactId: "", whenToUse: "", responseTime: "" };

function asFormSteps(steps: RouteStep[]) {
  return steps.map((s) => ({ label: s.label, contactId: s.contactId ?? "", whenToUse: s.whenToUse, responseTime: s.responseTime }));
}

/** Buttons, not drag and drop: every change to the order works with a keyboard and is announced. */
export function EscalationRouteEditor({ organisationId, version: initialVersion, steps, contacts }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const replace = useMutation(trpc.escalationRoute.replace.mutationOptions());
  const [version, setVersion] = useState(initialVersion);
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [announcement, setAnnouncement] = useState("");
  const {
    register,
    control,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm({
    resolver: zodResolver(replaceEscalationRouteInput),
    shouldFocusError: false,
    defaultValues: { organisationId, version: initialVersion, steps: asFormSteps(steps) },
  });
  const { fields, append, remove, move } = useFieldArray({ control, name: "steps" });

  const fieldOrder = [...fields.flatMap((_, i) => STEP_FIELDS.map((f) => `steps.${i}.${f}`)), "steps"];
  const isKnown = (field: string) => fieldOrder.includes(field);

  function focusLater(id: string) {
    requestAnimationFrame(() => document.getElementById(id)?.focus());
  }

  function moveStep(from: number, to: number) {
    move(from, to);
    setAnnouncement(format(t.moved, { n: to + 1 }));
    // Keep focus on the button that was used, now at the step's new place (or its neighbour at an end).
    const direction = to < from ? "up" : "down";
    const atEnd = direction === "up" ? to === 0 : to === fields.length - 1;
    focusLater(`step-${to}-${atEnd ? (direction === "up" ? "down" : "up") : direction}`);
  }

  const onSubmit = handleSubmit(
    async (input) => {
      setFormError(null);
      setSaved(false);
      try {
        const result = await replace.mutateAsync({ ...input, version });
        setVersion(result.version);
        reset({ organisationId, version: result.version, steps: asFormSteps(result.steps) });
        setSaved(true);
        router.refresh();
      } catch (error) {
        // A conflict keeps what the user entered; the summary explains what to do.
        setFormError(applyServerError(error, setError, isKnown));
        setAttempt((n) => n + 1);
      }
    },
    () => {
      setSaved(false);
      setAttempt((n) => n + 1);
    },
  );

  return (
    <>
      <ErrorSummary errors={summaryItems(errors, fieldOrder, formError)} focusKey={attempt} />
      {saved ? (
        <Notice tone="success" role="status">
          <p className="font-semibold">{t.saved}</p>
        </Notice>
      ) : null}
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      <form noValidate onSubmit={onSubmit} className="max-w-2xl">
        {fields.length === 0 ? <p className="mb-6">{t.empty}</p> : null}
        <ol className="mb-6 list-none space-y-6" aria-label={t.summaryCaption}>
          {fields.map((field, index) => (
            <li key={field.id} className="border-2 border-line p-4" data-testid="route-step">
              <fieldset>
                <legend className="mb-4 text-xl font-bold">{format(t.step, { n: index + 1 })}</legend>
                <TextField
                  id={`steps.${index}.label`}
                  label={t.stepLabel}
                  hint={t.stepLabelHint}
                  error={errorAt(errors, `steps.${index}.label`)}
                  {...register(`steps.${index}.label`)}
                />
                <SelectField
                  id={`steps.${index}.contactId`}
                  label={t.contact}
                  hint={index === 0 ? t.contactHint : undefined}
                  options={contacts}
                  placeholder={t.noContact}
                  error={errorAt(errors, `steps.${index}.contactId`)}
                  {...register(`steps.${index}.contactId`)}
                />
                <TextareaField
                  id={`steps.${index}.whenToUse`}
                  label={t.whenToUse}
                  rows={2}
                  error={errorAt(errors, `steps.${index}.whenToUse`)}
                  {...register(`steps.${index}.whenToUse`)}
                />
                <TextField
                  id={`steps.${index}.responseTime`}
                  label={t.responseTime}
                  hint={t.responseTimeHint}
                  error={errorAt(errors, `steps.${index}.responseTime`)}
                  {...register(`steps.${index}.responseTime`)}
                />
                <div className="flex flex-wrap gap-3">
                  {index > 0 ? (
                    <Button
                      id={`step-${index}-up`}
                      variant="secondary"
                      aria-label={format(t.moveUpLabel, { n: index + 1 })}
                      onClick={() => moveStep(index, index - 1)}
                    >
                      {t.moveUp}
                    </Button>
                  ) : null}
                  {index < fields.length - 1 ? (
                    <Button
                      id={`step-${index}-down`}
                      variant="secondary"
                      aria-label={format(t.moveDownLabel, { n: index + 1 })}
                      onClick={() => moveStep(index, index + 1)}
                    >
                      {t.moveDown}
                    </Button>
                  ) : null}
                  <Button
                    variant="quiet"
                    aria-label={format(t.removeLabel, { n: index + 1 })}
                    onClick={() => {
                      remove(index);
                      setAnnouncement(t.removedStep);
                      focusLater(fields.length > 1 ? `steps.${Math.max(0, index - 1)}.label` : "add-step");
                    }}
                  >
                    {t.remove}
                  </Button>
                </div>
              </fieldset>
            </li>
          ))}
        </ol>
        <div className="mb-8 flex flex-wrap gap-3">
          {fields.length < MAX_ESCALATION_STEPS ? (
            <Button
              id="add-step"
              variant="secondary"
              onClick={() => {
                append(emptyStep);
                setAnnouncement(format(t.addedStep, { n: fields.length + 1 }));
                focusLater(`steps.${fields.length}.label`);
              }}
            >
              {t.add}
            </Button>
          ) : null}
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting ? messages.forms.saving : t.save}
          </Button>
        </div>
      </form>
    </>
  );
}
