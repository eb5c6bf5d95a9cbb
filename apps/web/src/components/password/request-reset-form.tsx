"use client";

import Link from "next/link";
import { useActionState, useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import * as messages from "@/messages/catalogue";

const t = messages.wachtwoord.forgot;

export type RequestResetState = { status: "idle" } | { status: "invalid"; error: string; email: string } | { status: "sent" };

interface RequestResetFormProps {
  /** The server action behind the form; the page hands it in (components never import from `app/`). */
  requestAction: (previous: RequestResetState, formData: FormData) => Promise<RequestResetState>;
}

/** The e-mail field; works without JavaScript too (a server action is a plain form POST). */
export function RequestResetForm({ requestAction }: RequestResetFormProps) {
  const [state, action, pending] = useActionState<RequestResetState, FormData>(requestAction, { status: "idle" });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (state.status === "invalid") setAttempt((n) => n + 1);
  }, [state]);

  if (state.status === "sent") {
    return (
      <>
        <Notice tone="success" title={t.sentTitle} role="status">
          <p>{t.sentBody}</p>
        </Notice>
        <p className="mb-6">{t.sentHint}</p>
        <Link href="/inloggen">{t.backToSignIn}</Link>
      </>
    );
  }

  const error = state.status === "invalid" ? state.error : undefined;
  return (
    <>
      <ErrorSummary errors={error ? [{ fieldId: "email", message: error }] : []} focusKey={attempt} />
      <form action={action} noValidate className="mb-8 max-w-xl">
        <TextField
          label={t.email}
          hint={t.emailHint}
          name="email"
          type="email"
          autoComplete="username"
          spellCheck={false}
          defaultValue={state.status === "invalid" ? state.email : ""}
          error={error}
        />
        <Button type="submit" disabled={pending}>
          {pending ? t.submitting : t.submit}
        </Button>
      </form>
      <p className="mb-4 text-ink-muted">{t.oidcHint}</p>
      <Link href="/inloggen">{t.backToSignIn}</Link>
    </>
  );
}
