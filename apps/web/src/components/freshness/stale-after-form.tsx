"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { setStaleAfterMonthsInput } from "@kk/api/schemas";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { applyServerError, summaryItems } from "@/components/ui/forms/server-error";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import { useTRPC } from "@/lib/trpc/client";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.freshness.overview;

interface StaleAfterFormProps {
  months: number;
  /** The setting's updatedAt as read (ISO), null while the default applies. */
  updatedAt: string | null;
}

/** The coordinator's "stale after N months" setting; the server refuses a change on a stale read. */
export function StaleAfterForm({ months, updatedAt }: StaleAfterFormProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const [attempt, setAttempt] = useState(0);
  const save = useMutation(trpc.freshness.setStaleAfterMonths.mutationOptions());
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm({
    resolver: zodResolver(setStaleAfterMonthsInput),
    shouldFocusError: false,
    values: { months, expectedUpdatedAt: updatedAt },
  });

  const onSubmit = handleSubmit(
    async (values) => {
      setFormError(null);
      setSaved(null);
      try {
        const result = await save.mutateAsync(values);
        setSaved(result.staleAfterMonths);
        router.refresh();
      } catch (error) {
        setFormError(applyServerError(error, setError, ["months"]));
        setAttempt((n) => n + 1);
      }
    },
    () => setAttempt((n) => n + 1),
  );

  const summary = summaryItems(errors, ["months"], formError);

  return (
    <>
      <ErrorSummary errors={summary} focusKey={attempt} />
      {saved !== null ? (
        <Notice tone="success" role="status">
          <p>{format(t.settingSaved, { months: saved })}</p>
        </Notice>
      ) : null}
      <form noValidate onSubmit={onSubmit} className="flex flex-wrap items-end gap-4">
        <TextField
          label={t.settingLabel}
          hint={t.settingHint}
          inputMode="numeric"
          className="w-24"
          error={errors.months?.message}
          {...register("months")}
        />
        <div className="mb-6">
          <Button type="submit" variant="secondary" disabled={isSubmitting}>
            {isSubmitting ? messages.forms.saving : t.settingSubmit}
          </Button>
        </div>
      </form>
    </>
  );
}
