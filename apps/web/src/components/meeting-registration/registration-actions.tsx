"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { registerForMeetingInput, SECTORS } from "@kk/api/schemas";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextareaField } from "@/components/ui/forms/fields";
import { applyServerError, serverErrorMessage, summaryItems } from "@/components/ui/forms/server-error";
import { OutcomeNotice, type Outcome } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select-field";
import { useTRPC } from "@/lib/trpc/client";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.werkateliersAanmelding.panel;

const FIELDS = ["remark", "sector"] as const;

interface Props {
  meetingId: string;
  /** Registering is possible (open, and the caller is not registered). */
  canRegister: boolean;
  canUnregister: boolean;
  /** The meeting is full: registering puts the caller on the waitlist. */
  full: boolean;
  needsSector: boolean;
}


/**
 * One-click registration (with an optional remark, and a sector for users without an
 * organisation) and one-click cancelling. The server decides place or waitlist.
 */
export function RegistrationActions({ meetingId, canRegister, canUnregister, full, needsSector }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const registerMutation = useMutation(trpc.meetingRegistration.register.mutationOptions());
  const unregisterMutation = useMutation(trpc.meetingRegistration.unregister.mutationOptions());
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm({
    resolver: zodResolver(registerForMeetingInput),
    shouldFocusError: false,
    defaultValues: { meetingId, remark: "", sector: "" as const },
  });

  const onRegister = handleSubmit(
    async (values) => {
      setFormError(null);
      setOutcome(null);
      if (needsSector && values.sector === "") {
        setError("sector", { type: "required", message: t.sectorRequired });
        setAttempt((n) => n + 1);
        return;
      }
      try {
        const result = await registerMutation.mutateAsync(values);
        setOutcome({
          tone: "success",
          message: result.status === "WACHTLIJST" ? format(t.waitlistedNotice, { position: result.position }) : t.registeredNotice,
        });
        router.refresh();
      } catch (error) {
        setFormError(applyServerError(error, setError, FIELDS));
        setAttempt((n) => n + 1);
      }
    },
    () => setAttempt((n) => n + 1),
  );

  async function onUnregister() {
    setFormError(null);
    setOutcome(null);
    try {
      await unregisterMutation.mutateAsync({ meetingId });
      setOutcome({ tone: "success", message: t.unregisteredNotice });
      router.refresh();
    } catch (error) {
      setOutcome({ tone: "error", message: serverErrorMessage(error) });
    }
  }

  const summary = summaryItems(errors, FIELDS, formError, (field) => `registratie-${field}`);

  return (
    <div>
      <OutcomeNotice outcome={outcome} boldSuccess />
      {canRegister ? (
        <>
          <ErrorSummary errors={summary} focusKey={attempt} />
          <form noValidate onSubmit={onRegister} data-testid="registration-form">
            {needsSector ? (
              <SelectField
                id="registratie-sector"
                label={t.sectorLabel}
                hint={t.sectorHint}
                placeholder={t.sectorPlaceholder}
                options={SECTORS.map((sector) => ({ value: sector, label: messages.socialeKaart.sectors[sector] }))}
                error={errors.sector?.message}
                {...register("sector")}
              />
            ) : null}
            <TextareaField
              id="registratie-remark"
              label={t.remarkLabel}
              hint={t.remarkHint}
              rows={2}
              error={errors.remark?.message}
              {...register("remark")}
            />
            <Button type="submit" variant="primary" disabled={isSubmitting}>
              {isSubmitting ? t.registering : full ? t.registerWaitlist : t.register}
            </Button>
          </form>
        </>
      ) : null}
      {canUnregister ? (
        <div>
          <p className="mb-2">{t.unregisterHint}</p>
          <Button type="button" variant="secondary" disabled={unregisterMutation.isPending} onClick={() => void onUnregister()}>
            {unregisterMutation.isPending ? t.unregistering : t.unregister}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
