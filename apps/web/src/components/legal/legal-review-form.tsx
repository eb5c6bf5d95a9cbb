"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { recordLegalReviewInput } from "@kk/api/schemas";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextareaField } from "@/components/ui/forms/fields";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import { useTRPC } from "@/lib/trpc/client";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";
import { formatReviewDate } from "./review-date";
import { applyServerError, summaryItems } from "@/components/ui/forms/server-error";

const t = messages.bronnen.form;
const FIELDS = ["reviewerName", "reviewedOn", "note"] as const;

/** "Juridisch gecontroleerd door … op …" for the catalogue version the page shows (coordinator, administrator). */
export function LegalReviewForm({ catalogueVersion }: { catalogueVersion: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const record = useMutation(trpc.legalReview.record.mutationOptions());
  const empty = { catalogueVersion, reviewerName: "", reviewedOn: "", note: "" };
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm({ resolver: zodResolver(recordLegalReviewInput), shouldFocusError: false, defaultValues: empty });

  const onSubmit = handleSubmit(
    async (values) => {
      setFormError(null);
      setSaved(null);
      try {
        const row = await record.mutateAsync(values);
        reset(empty);
        setSaved(row.reviewedOn);
        router.refresh();
      } catch (error) {
        setFormError(applyServerError(error, setError, FIELDS));
        setAttempt((n) => n + 1);
      }
    },
    () => setAttempt((n) => n + 1),
  );

  const summary = summaryItems(errors, FIELDS, formError);

  return (
    <section aria-labelledby="controle-vastleggen" className="max-w-3xl">
      <h2 id="controle-vastleggen" className="mb-3 text-2xl">
        {t.heading}
      </h2>
      <p className="mb-4">{format(t.intro, { version: catalogueVersion })}</p>
      <ErrorSummary errors={summary} focusKey={attempt} />
      {saved ? (
        <Notice tone="success" role="status">
          <p>{format(t.saved, { date: formatReviewDate(saved) })}</p>
        </Notice>
      ) : null}
      <form noValidate onSubmit={onSubmit}>
        <input type="hidden" {...register("catalogueVersion")} />
        <TextField label={t.reviewerName} hint={t.reviewerNameHint} error={errors.reviewerName?.message} autoComplete="off" {...register("reviewerName")} />
        <TextField label={t.reviewedOn} hint={t.reviewedOnHint} type="date" className="max-w-xs" error={errors.reviewedOn?.message} {...register("reviewedOn")} />
        <TextareaField label={t.note} hint={t.noteHint} rows={3} error={errors.note?.message} {...register("note")} />
        <div>
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting ? messages.forms.saving : t.submit}
          </Button>
        </div>
      </form>
    </section>
  );
}
