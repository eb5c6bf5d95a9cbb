"use client";

import type { AppRouter } from "@kk/api";
import type { MeetingStatus } from "@kk/db";
import { TRPCClientError } from "@trpc/client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextareaField } from "@/components/ui/forms/fields";
import { Notice, OutcomeNotice, type Outcome } from "@/components/ui/notice";
import { useTRPC } from "@/lib/trpc/client";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.werkateliers.detail;

interface Props {
  meetingId: string;
  version: number;
  status: MeetingStatus;
  /** The meeting has started (it can be completed). */
  started: boolean;
}

function errorOf(error: unknown): { message: string; field: string | null } {
  if (!(error instanceof TRPCClientError)) return { message: messages.forms.unexpected, field: null };
  const data = (error as TRPCClientError<AppRouter>).data;
  const field = data?.fieldErrors?.reason?.[0] ?? null;
  if (field) return { message: field, field };
  if (data?.code === "CONFLICT") return { message: messages.forms.conflict, field: null };
  if (data?.code === "FORBIDDEN" || data?.code === "UNAUTHORIZED") return { message: messages.forms.forbidden, field: null };
  if (data?.code === "INTERNAL_SERVER_ERROR" || !error.message) return { message: messages.forms.unexpected, field: null };
  return { message: error.message, field: null };
}

/** Cancel (with a reason, mails everyone registered) and complete, each sending the page's version. */
export function MeetingManageForms({ meetingId, version, status, started }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const cancel = useMutation(trpc.meeting.cancel.mutationOptions());
  const complete = useMutation(trpc.meeting.complete.mutationOptions());
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  if (status !== "GEPLAND") {
    return outcome ? (
      <div aria-live="polite" className="mt-10 max-w-3xl">
        <Notice tone={outcome.tone} role="status">
          <p>{outcome.message}</p>
        </Notice>
      </div>
    ) : null;
  }

  async function submitCancel(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setOutcome(null);
    setReasonError(null);
    try {
      const result = await cancel.mutateAsync({ id: meetingId, version, reason });
      const message =
        result.notified === 0 ? t.cancelledNone : result.notified === 1 ? t.cancelledOne : format(t.cancelledMany, { count: String(result.notified) });
      setOutcome({ tone: "success", message });
      router.refresh();
    } catch (error) {
      const { message, field } = errorOf(error);
      setReasonError(field);
      setOutcome({ tone: "error", message });
    }
  }

  async function submitComplete(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setOutcome(null);
    try {
      await complete.mutateAsync({ id: meetingId, version });
      setOutcome({ tone: "success", message: t.completed });
      router.refresh();
    } catch (error) {
      setOutcome({ tone: "error", message: errorOf(error).message });
    }
  }

  return (
    <section aria-labelledby="beheren" className="mt-10 max-w-3xl">
      <h2 id="beheren" className="mb-2 text-2xl">
        {t.manageHeading}
      </h2>
      <OutcomeNotice outcome={outcome} />

      <form onSubmit={(event) => void submitComplete(event)} className="mb-8" data-testid="meeting-complete">
        <p className="mb-3">{started ? t.completeIntro : t.completeNotYet}</p>
        <Button type="submit" variant="secondary" disabled={!started || complete.isPending}>
          {complete.isPending ? t.completing : t.complete}
        </Button>
      </form>

      <form onSubmit={(event) => void submitCancel(event)} noValidate data-testid="meeting-cancel">
        <fieldset>
          <legend className="mb-2 text-xl font-bold">{t.cancelLegend}</legend>
          <p className="mb-3">{t.cancelIntro}</p>
          <TextareaField
            name="reason"
            id="cancel-reason"
            label={t.cancelReason}
            hint={t.cancelReasonHint}
            error={reasonError ?? undefined}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            rows={3}
          />
          <Button type="submit" variant="danger" disabled={cancel.isPending}>
            {cancel.isPending ? t.cancelling : t.cancel}
          </Button>
        </fieldset>
      </form>
    </section>
  );
}
