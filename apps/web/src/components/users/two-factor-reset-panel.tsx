"use client";

import { MFA_REQUIRED_ROLES, type ROLES } from "@kk/auth/roles";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { serverErrorMessage } from "@/components/ui/forms/server-error";
import { Notice } from "@/components/ui/notice";
import { useTRPC } from "@/lib/trpc/client";
import { format, messages } from "@/messages";

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
  const confirmRef = useRef<HTMLDivElement>(null);
  const required = MFA_REQUIRED_ROLES.includes(user.role);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

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
        <div ref={confirmRef} tabIndex={-1} className="max-w-xl border-4 border-ink p-4 outline-none">
          <p className="mb-4 font-semibold">{format(t.confirmReset, { name: user.name })}</p>
          <div className="flex flex-wrap gap-3">
            <Button variant="danger" disabled={reset.isPending} onClick={() => void apply()}>
              {t.confirmYes}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t.cancel}
            </Button>
          </div>
        </div>
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
