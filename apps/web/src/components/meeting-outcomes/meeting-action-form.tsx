"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { createMeetingActionInput, MEETING_ACTION_STATUSES } from "@kk/api/schemas";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextareaField } from "@/components/ui/forms/fields";
import { applyServerError, summaryItems } from "@/components/ui/forms/server-error";
import { Notice } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useTRPC } from "@/lib/trpc/client";
import * as messages from "@/messages/catalogue";

const t = messages.werkateliersUitkomsten.outcomes;
const statusLabels = messages.werkateliersUitkomsten.actionStatuses;

const FIELDS = ["description", "ownerName", "dueDate", "status", "knelpuntId"] as const;

interface MeetingActionFormProps {
  meetingId: string;
  knelpunten: ReadonlyArray<{ id: string; title: string }>;
}

/** A new action agreed at a meeting: what, who, by when, status and (optionally) the knelpunt. */
export function MeetingActionForm({ meetingId, knelpunten }: MeetingActionFormProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [created, setCreated] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const create = useMutation(trpc.meetingOutcome.createAction.mutationOptions());
  const empty = { meetingId, description: "", ownerName: "", dueDate: "", status: "OPEN" as const, knelpuntId: "" };
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm({ resolver: zodResolver(createMeetingActionInput), shouldFocusError: false, defaultValues: empty });

  const onSubmit = handleSubmit(
    async (values) => {
      setFormError(null);
      setCreated(false);
      try {
        await create.mutateAsync({ ...values, dueDate: values.dueDate.toISOString().slice(0, 10) });
        reset(empty);
        setCreated(true);
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
          <p>{t.actionCreated}</p>
        </Notice>
      ) : null}
      <form noValidate onSubmit={onSubmit}>
        <TextareaField label={t.descriptionLabel} hint={t.descriptionHint} rows={3} error={errors.description?.message} {...register("description")} />
        <TextField label={t.ownerLabel} hint={t.ownerHint} error={errors.ownerName?.message} autoComplete="off" {...register("ownerName")} />
        <TextField label={t.dueLabel} type="date" className="max-w-xs" error={errors.dueDate?.message} {...register("dueDate")} />
        <SelectField
          label={t.statusLabel}
          className="max-w-xs"
          options={MEETING_ACTION_STATUSES.map((s) => ({ value: s, label: statusLabels[s] }))}
          error={errors.status?.message}
          {...register("status")}
        />
        <SelectField
          label={t.knelpuntLabel}
          placeholder={t.knelpuntNone}
          options={knelpunten.map((k) => ({ value: k.id, label: k.title }))}
          error={errors.knelpuntId?.message}
          {...register("knelpuntId")}
        />
        <div>
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting ? messages.forms.saving : t.actionSubmit}
          </Button>
        </div>
      </form>
    </>
  );
}
