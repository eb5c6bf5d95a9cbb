"use client";

import { useActionState, useEffect, useState } from "react";
import { resetWithToken, type ResetState } from "@/app/wachtwoord-herstellen/actions";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { messages } from "@/messages";
import { PasswordField } from "./password-field";
import { ResetTokenProblemNotice } from "./reset-token-problem";

const t = messages.wachtwoord;

/** The new password for a valid reset link; works without JavaScript (a server action is a plain form POST). */
export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState<ResetState, FormData>(resetWithToken, { status: "idle" });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (state.status === "invalid") setAttempt((n) => n + 1);
  }, [state]);

  if (state.status === "unknown" || state.status === "expired" || state.status === "used") {
    return <ResetTokenProblemNotice problem={state.status} />;
  }
  const error = state.status === "invalid" ? state.error : undefined;
  return (
    <>
      <ErrorSummary errors={error ? [{ fieldId: "newPassword", message: error }] : []} focusKey={attempt} />
      <form action={action} noValidate className="max-w-xl">
        <input type="hidden" name="token" value={token} />
        <PasswordField label={t.reset.newPassword} hint={t.newPasswordHint} name="newPassword" autoComplete="new-password" error={error} />
        <Button type="submit" disabled={pending}>
          {pending ? t.reset.submitting : t.reset.submit}
        </Button>
      </form>
    </>
  );
}
