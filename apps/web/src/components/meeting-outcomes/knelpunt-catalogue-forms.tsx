"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { createKnelpuntInput } from "@kk/api/schemas";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextareaField } from "@/components/ui/forms/fields";
import { applyServerError, serverErrorMessage, summaryItems } from "@/components/ui/forms/server-error";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import { useTRPC } from "@/lib/trpc/client";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.werkateliersUitkomsten.catalogue;
const FIELDS = ["title", "description", "remedy"] as const;

/** Adds a knelpunt to the catalogue (coordinator). */
export function NewKnelpuntForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const create = useMutation(trpc.meetingOutcome.createKnelpunt.mutationOptions());
  const empty = { title: "", description: "", remedy: "" };
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm({ resolver: zodResolver(createKnelpuntInput), shouldFocusError: false, defaultValues: empty });

  const onSubmit = handleSubmit(
    async (values) => {
      setFormError(null);
      setCreated(null);
      try {
        const row = await create.mutateAsync(values);
        reset(empty);
        setCreated(row.title);
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
    <>
      <ErrorSummary errors={summary} focusKey={attempt} />
      {created ? (
        <Notice tone="success" role="status">
          <p>{format(t.created, { title: created })}</p>
        </Notice>
      ) : null}
      <form noValidate onSubmit={onSubmit}>
        <TextField label={t.titleLabel} hint={t.titleHint} error={errors.title?.message} autoComplete="off" {...register("title")} />
        <TextareaField label={t.descriptionLabel} rows={2} error={errors.description?.message} {...register("description")} />
        <TextareaField label={t.remedyLabel} rows={3} error={errors.remedy?.message} {...register("remedy")} />
        <div>
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting ? messages.forms.saving : t.submit}
          </Button>
        </div>
      </form>
    </>
  );
}

/** Switches a knelpunt off (or on again); the label names the knelpunt for screen readers. */
export function KnelpuntActiveToggle({ id, title, active }: { id: string; title: string; active: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const toggle = useMutation(trpc.meetingOutcome.setKnelpuntActive.mutationOptions());

  async function onClick() {
    setError(null);
    try {
      await toggle.mutateAsync({ id, active: !active });
      router.refresh();
    } catch (e) {
      setError(serverErrorMessage(e));
    }
  }

  return (
    <div>
      <Button variant="secondary" onClick={onClick} disabled={toggle.isPending}>
        {active ? t.deactivate : t.activate}
        <span className="sr-only">: {title}</span>
      </Button>
      {error ? (
        <p role="alert" className="font-semibold text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}
