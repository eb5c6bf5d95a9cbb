"use client";

import { lazy, Suspense, useRef, useState, type ChangeEvent, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary, type ErrorSummaryItem } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/text-field";
import { signInWithCredentials, signInWithRedirect } from "@/lib/auth-client";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

/*
 * The second step (docs/adr/0018) is code only accounts with two-factor sign-in ever see: it loads
 * on demand (issue 17, item 8), starting while the password is being checked, so it is there by the
 * time the server asks for the code.
 */
const loadSecondFactorStep = () => import("./second-factor-step");
const SecondFactorStep = lazy(() => loadSecondFactorStep().then((module) => ({ default: module.SecondFactorStep })));

const t = messages.signIn;

/** next-auth's `error` when the password was right and a second factor is needed (packages/auth/src/mfa.ts). */
const MFA_REQUIRED = "MfaRequired";

type Field = "email" | "password";

/**
 * What is wrong with one field: both must be filled in (the e-mail address trimmed); the server
 * checks the rest. Plain state instead of react-hook-form with a zod schema: those were ~100 kB gzip
 * of the sign-in page's JavaScript for two required fields (issue 17, item 8). The behaviour is the
 * one react-hook-form gave this form: errors on submit, then each change checks its own field again
 * (its reValidateMode "onChange"), and the typed values survive the second step's "start over".
 */
function fieldError(field: Field, value: string): string | undefined {
  if (field === "email") return value.trim() === "" ? t.emailRequired : undefined;
  return value === "" ? t.passwordRequired : undefined;
}

interface Props {
  callbackUrl: string;
  initialError: string | null;
  oidcName: string | null;
}

export function SignInForm({ callbackUrl, initialError, oidcName }: Props) {
  const [formError, setFormError] = useState<string | null>(initialError);
  const [attempt, setAttempt] = useState(0);
  // After a right password for an account with TOTP: the second step (docs/adr/0018). The
  // password stays in this component's memory only, to be sent again with the code.
  const [pending, setPending] = useState<{ email: string; password: string } | null>(null);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [submitted, setSubmitted] = useState(false);
  const [isSubmitting, setSubmitting] = useState(false);
  const values = useRef<Record<Field, string>>({ email: "", password: "" });

  const summary: ErrorSummaryItem[] = [
    ...(errors.email ? [{ fieldId: "email", message: errors.email }] : []),
    ...(errors.password ? [{ fieldId: "password", message: errors.password }] : []),
    ...(formError ? [{ message: formError }] : []),
  ];

  function onChange(event: ChangeEvent<HTMLInputElement>) {
    const field = event.target.name as Field;
    values.current[field] = event.target.value;
    if (!submitted) return;
    const message = fieldError(field, event.target.value);
    setErrors((current) => (current[field] === message ? current : { ...current, [field]: message }));
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const email = String(data.get("email") ?? "");
    const password = String(data.get("password") ?? "");
    values.current = { email, password };
    setSubmitting(true);
    setSubmitted(true);
    const found = { email: fieldError("email", email), password: fieldError("password", password) };
    setErrors(found);
    try {
      if (found.email || found.password) {
        setAttempt((n) => n + 1);
        return;
      }
      setFormError(null);
      void loadSecondFactorStep();
      const result = await signInWithCredentials({ email: email.trim(), password });
      if (result.ok && !result.error) {
        // A full navigation, so every server component sees the new session cookie.
        window.location.assign(callbackUrl);
        return;
      }
      if (result.error === MFA_REQUIRED) {
        setPending({ email: email.trim(), password });
        return;
      }
      setFormError(t.failed);
      setAttempt((n) => n + 1);
    } finally {
      setSubmitting(false);
    }
  }

  if (pending) {
    return (
      <Suspense fallback={null}>
        <SecondFactorStep
          email={pending.email}
          password={pending.password}
          callbackUrl={callbackUrl}
          onStartOver={() => {
            setPending(null);
            setFormError(null);
          }}
        />
      </Suspense>
    );
  }

  return (
    <>
      <ErrorSummary errors={summary} focusKey={attempt} />
      <form noValidate onSubmit={(event) => void onSubmit(event)} className="mb-8">
        <TextField
          label={t.email}
          type="email"
          autoComplete="username"
          spellCheck={false}
          name="email"
          defaultValue={values.current.email}
          onChange={onChange}
          error={errors.email}
        />
        <TextField
          label={t.password}
          type="password"
          autoComplete="current-password"
          name="password"
          defaultValue={values.current.password}
          onChange={onChange}
          error={errors.password}
        />
        <Button type="submit" disabled={isSubmitting} aria-describedby={isSubmitting ? "sign-in-busy" : undefined}>
          {t.submit}
        </Button>
        {isSubmitting ? (
          <p id="sign-in-busy" role="status" className="mt-3 text-ink-muted">
            {t.submitting}
          </p>
        ) : null}
      </form>
      {oidcName ? (
        <div className="border-t-2 border-line pt-6">
          <p className="mb-3 text-ink-muted">{t.or}</p>
          <Button variant="secondary" onClick={() => void signInWithRedirect("oidc", callbackUrl)}>
            {format(t.oidc, { name: oidcName })}
          </Button>
        </div>
      ) : null}
    </>
  );
}
