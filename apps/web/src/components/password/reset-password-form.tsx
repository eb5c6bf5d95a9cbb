"use client";

import { useActionState, useEffect, useState } from "react";
import type { ResetTokenProblem } from "@kk/api";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import * as messages from "@/messages/catalogue";
import { PasswordField } from "./password-field";
import { ResetTokenProblemNotice } from "./reset-token-problem";

const t = messages.wachtwoord;

export type ResetState = { status: "idle" } | { status: "invalid"; error: string } | { status: ResetTokenProblem };

interface ResetPasswordFormProps {
  token: string;
  /** The server action behind the form; the page hands it in (components never import from `app/`). */
  resetAction: (previous: ResetState, formData: FormData) => Promise<ResetState>;
}

/** The new password for a valid reset link; works without JavaScript (a server action is a plain form POST). */
export function ResetPasswordForm({ token, resetAction }: ResetPasswordFormProps) {
  const [state, action, pending] = useActionState<ResetState, FormData>(resetAction, { status: "idle" });
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
