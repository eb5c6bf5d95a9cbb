"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { setMeetingJobSettingsInput } from "@kk/api/schemas";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary, type ErrorSummaryItem } from "@/components/ui/error-summary";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import { useTRPC } from "@/lib/trpc/client";
import { toServerFormError } from "@/lib/trpc/errors";
import { format, messages } from "@/messages";

const t = messages.werkateliersAgenda.settings;

const FIELDS = ["reminderDaysBefore", "retentionYears"] as const;

interface MeetingJobSettingsFormProps {
  reminderDaysBefore: number;
  retentionYears: number;
  /** The settings' updatedAt as read (ISO), null while the defaults apply. */
  updatedAt: string | null;
}

/**
 * Reminder days and retention years for the werkateliers jobs, saved together; the server
 * refuses a save based on a stale read (another coordinator saved meanwhile).
 */
export function MeetingJobSettingsForm({ reminderDaysBefore, retentionYears, updatedAt }: MeetingJobSettingsFormProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState<{ reminderDaysBefore: number; retentionYears: number } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const save = useMutation(trpc.meetingJobs.setSettings.mutationOptions());
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm({
    resolver: zodResolver(setMeetingJobSettingsInput),
    shouldFocusError: false,
    values: { reminderDaysBefore, retentionYears, expectedUpdatedAt: updatedAt },
  });

  const onSubmit = handleSubmit(
    async (values) => {
      setFormError(null);
      setSaved(null);
      try {
        const result = await save.mutateAsync(values);
        setSaved({ reminderDaysBefore: result.reminderDaysBefore, retentionYears: result.retentionYears });
        router.refresh();
      } catch (error) {
        const problem = toServerFormError(error, messages.forms);
        let onField = false;
        for (const field of FIELDS) {
          const message = problem.fieldErrors[field]?.[0];
          if (message) {
            setError(field, { type: "server", message });
            onField = true;
          }
        }
        setFormError(onField ? null : problem.formError);
        setAttempt((n) => n + 1);
      }
    },
    () => setAttempt((n) => n + 1),
  );

  const summary: ErrorSummaryItem[] = [];
  for (const field of FIELDS) {
    const message = errors[field]?.message;
    if (typeof message === "string") summary.push({ fieldId: field, message });
  }
  if (formError) summary.push({ message: formError });

  return (
    <>
      <ErrorSummary errors={summary} focusKey={attempt} />
      {saved ? (
        <Notice tone="success" role="status">
          <p>{format(t.saved, saved)}</p>
        </Notice>
      ) : null}
      <form noValidate onSubmit={onSubmit}>
        <TextField
          label={t.reminderLabel}
          hint={t.reminderHint}
          inputMode="numeric"
          className="max-w-xs"
          error={errors.reminderDaysBefore?.message}
          {...register("reminderDaysBefore")}
        />
        <TextField
          label={t.retentionLabel}
          hint={t.retentionHint}
          inputMode="numeric"
          className="max-w-xs"
          error={errors.retentionYears?.message}
          {...register("retentionYears")}
        />
        <div>
          <Button type="submit" variant="secondary" disabled={isSubmitting}>
            {isSubmitting ? messages.forms.saving : t.submit}
          </Button>
        </div>
      </form>
    </>
  );
}
