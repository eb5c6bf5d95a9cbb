"use client";

import { MFA_REQUIRED_ROLES, type ROLES } from "@kk/auth/roles";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmPanel } from "@/components/ui/confirm-panel";
import { serverErrorMessage } from "@/components/ui/forms/server-error";
import { Notice } from "@/components/ui/notice";
import { useTRPC } from "@/lib/trpc/client";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.twoFactor.admin;

interface Props {
  user: { id: string; name: string; role: (typeof ROLES)[number]; totpEnabledAt: Date | null };
}

/**
 * "Tweestapsverificatie herstellen" (docs/adr/0018): for a user who lost their phone. Clears the
 * app link and the recovery codes and ends every session of the user; they enrol again.
 */
export function TwoFactorResetPanel({ user }: Props) {
  const trpc = useTRPC();
  const reset = useMutation(trpc.mfa.reset.mutationOptions());
  const [enabled, setEnabled] = useState(user.totpEnabledAt !== null);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const required = MFA_REQUIRED_ROLES.includes(user.role);

  async function apply() {
    setError(null);
    try {
      await reset.mutateAsync({ userId: user.id });
      setEnabled(false);
      setDone(true);
    } catch (cause) {
      setError(serverErrorMessage(cause));
    } finally {
      setConfirming(false);
    }
  }

  return (
    <section aria-labelledby="two-factor-heading" className="mt-10 border-t-2 border-line pt-6">
      <h2 id="two-factor-heading" className="mb-3 text-2xl">
        {t.heading}
      </h2>
      {error ? (
        <Notice tone="error" role="alert">
          <p className="font-semibold">{error}</p>
        </Notice>
      ) : null}
      {done ? (
        <Notice tone="success" role="status">
          <p className="font-semibold">{format(t.done, { name: user.name })}</p>
        </Notice>
      ) : null}
      <p className="mb-4">{enabled ? t.enabled : required ? t.requiredPending : t.notEnabled}</p>
      {!enabled ? null : confirming ? (
        <ConfirmPanel
          question={format(t.confirmReset, { name: user.name })}
          confirmLabel={t.confirmYes}
          cancelLabel={t.cancel}
          busy={reset.isPending}
          onConfirm={() => void apply()}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <Button
          variant="danger"
          onClick={() => {
            setDone(false);
            setConfirming(true);
          }}
        >
          {t.reset}
        </Button>
      )}
    </section>
  );
}
