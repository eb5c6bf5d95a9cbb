"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { CASE_TEXT_FIELDS, createMeetingCaseInput, type CaseTextField } from "@kk/api/schemas";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextareaField } from "@/components/ui/forms/fields";
import { applyServerError, summaryItems } from "@/components/ui/forms/server-error";
import { TextField } from "@/components/ui/text-field";
import { useTRPC } from "@/lib/trpc/client";
import * as messages from "@/messages/catalogue";

const t = messages.werkateliersUitkomsten.cases;

type CaseValues = Record<CaseTextField, string>;

interface MeetingCaseFormProps {
  meetingId: string;
  /** The case being edited; absent for a new one. */
  existing?: CaseValues & { id: string; version: number };
}

const STEPS = ["positions", "facts", "weighing", "decision"] as const;

/**
 * A werkatelier case in four steps. The server refuses obvious identifiers (BSN-like numbers,
 * dates, postcodes, e-mail, phone); the same schema checks them here before sending.
 */
export function MeetingCaseForm({ meetingId, existing }: MeetingCaseFormProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const create = useMutation(trpc.meetingCase.create.mutationOptions());
  const update = useMutation(trpc.meetingCase.update.mutationOptions());
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm({
    // The create schema checks the same text fields as the update schema (which the server applies on edit).
    resolver: zodResolver(createMeetingCaseInput),
    shouldFocusError: false,
    defaultValues: existing ? { meetingId, ...pick(existing) } : { meetingId, title: "", positions: "", facts: "", weighing: "", decision: "" },
  });

  const onSubmit = handleSubmit(
    async (values) => {
      setFormError(null);
      try {
        if (existing) {
          await update.mutateAsync({ id: existing.id, version: existing.version, ...pick(values) });
          router.push(`/werkateliers/${meetingId}/casus?opgeslagen=1`);
        } else {
          await create.mutateAsync({ meetingId, ...pick(values) });
          router.push(`/werkateliers/${meetingId}/casus?opgeslagen=nieuw`);
        }
        router.refresh();
      } catch (error) {
        setFormError(applyServerError(error, setError, CASE_TEXT_FIELDS));
        setAttempt((n) => n + 1);
      }
    },
    () => setAttempt((n) => n + 1),
  );

  const summary = summaryItems(errors, CASE_TEXT_FIELDS, formError);

  return (
    <>
      <ErrorSummary errors={summary} focusKey={attempt} />
      <form noValidate onSubmit={onSubmit}>
        <TextField label={t.titleLabel} hint={t.titleHint} error={errors.title?.message} autoComplete="off" {...register("title")} />
        {STEPS.map((step) => (
          <TextareaField
            key={step}
            label={t.steps[step]}
            hint={`${t.stepHints[step]} ${t.stepHint}`}
            rows={5}
            error={errors[step]?.message}
            {...register(step)}
          />
        ))}
        <div>
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting ? messages.forms.saving : existing ? t.submitEdit : t.submitNew}
          </Button>
        </div>
      </form>
    </>
  );
}

function pick(values: CaseValues): CaseValues {
  return { title: values.title, positions: values.positions, facts: values.facts, weighing: values.weighing, decision: values.decision };
}
