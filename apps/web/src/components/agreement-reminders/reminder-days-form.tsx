"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { setReminderDaysInput } from "@kk/api/schemas";
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

const t = messages.convenantenHerinneringen;

const FIELDS = ["beforeEnd", "beforeReview"] as const;

interface ReminderDaysFormProps {
  beforeEnd: number;
  beforeReview: number;
  /** The settings' updatedAt as read (ISO), null while the defaults apply. */
  updatedAt: string | null;
}

/**
 * The two reminder settings (days before the end date and before the review date). Both are saved
 * together; the server refuses a save based on a stale read (another coordinator saved meanwhile).
 */
export function ReminderDaysForm({ beforeEnd, beforeReview, updatedAt }: ReminderDaysFormProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState<{ beforeEnd: number; beforeReview: number } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const save = useMutation(trpc.agreementReminders.setReminderDays.mutationOptions());
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm({
    resolver: zodResolver(setReminderDaysInput),
    shouldFocusError: false,
    values: { beforeEnd, beforeReview, expectedUpdatedAt: updatedAt },
  });

  const onSubmit = handleSubmit(
    async (values) => {
      setFormError(null);
      setSaved(null);
      try {
        const result = await save.mutateAsync(values);
        setSaved({ beforeEnd: result.beforeEnd, beforeReview: result.beforeReview });
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
          <p>{format(t.settingsSaved, saved)}</p>
        </Notice>
      ) : null}
      <form noValidate onSubmit={onSubmit}>
        <TextField
          label={t.beforeEndLabel}
          hint={t.beforeEndHint}
          inputMode="numeric"
          className="max-w-xs"
          error={errors.beforeEnd?.message}
          {...register("beforeEnd")}
        />
        <TextField
          label={t.beforeReviewLabel}
          hint={t.beforeReviewHint}
          inputMode="numeric"
          className="max-w-xs"
          error={errors.beforeReview?.message}
          {...register("beforeReview")}
        />
        <div>
          <Button type="submit" variant="secondary" disabled={isSubmitting}>
            {isSubmitting ? messages.forms.saving : t.settingsSubmit}
          </Button>
        </div>
      </form>
    </>
  );
}
