"use client";

import { useState } from "react";
import { useForm, type FieldErrors, type ResolverResult } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary, type ErrorSummaryItem } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/text-field";
import { signInWithCredentials, signInWithRedirect } from "@/lib/auth-client";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";
import { SecondFactorStep } from "./second-factor-step";

const t = messages.signIn;

/** next-auth's `error` when the password was right and a second factor is needed (packages/auth/src/mfa.ts). */
const MFA_REQUIRED = "MfaRequired";

interface SignInValues {
  email: string;
  password: string;
}

/**
 * Both fields filled in, the e-mail address trimmed; the server checks the rest. A resolver of its
 * own instead of a zod schema: zod was 90 kB gzip of the sign-in page's JavaScript for two
 * required fields (issue 17, item 8).
 */
function signInResolver(values: SignInValues): ResolverResult<SignInValues> {
  const email = (values.email ?? "").trim();
  const password = values.password ?? "";
  const errors: FieldErrors<SignInValues> = {};
  if (email === "") errors.email = { type: "required", message: t.emailRequired };
  if (password === "") errors.password = { type: "required", message: t.passwordRequired };
  if (errors.email || errors.password) return { values: {}, errors };
  return { values: { email, password }, errors: {} };
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
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<SignInValues>({ resolver: signInResolver, shouldFocusError: false });

  const summary: ErrorSummaryItem[] = [
    ...(errors.email?.message ? [{ fieldId: "email", message: errors.email.message }] : []),
    ...(errors.password?.message ? [{ fieldId: "password", message: errors.password.message }] : []),
    ...(formError ? [{ message: formError }] : []),
  ];

  const onSubmit = handleSubmit(
    async (values) => {
      setFormError(null);
      const result = await signInWithCredentials({ email: values.email, password: values.password });
      if (result.ok && !result.error) {
        // A full navigation, so every server component sees the new session cookie.
        window.location.assign(callbackUrl);
        return;
      }
      if (result.error === MFA_REQUIRED) {
        setPending({ email: values.email, password: values.password });
        return;
      }
      setFormError(t.failed);
      setAttempt((n) => n + 1);
    },
    () => setAttempt((n) => n + 1),
  );

  if (pending) {
    return (
      <SecondFactorStep
        email={pending.email}
        password={pending.password}
        callbackUrl={callbackUrl}
        onStartOver={() => {
          setPending(null);
          setFormError(null);
        }}
      />
    );
  }

  return (
    <>
      <ErrorSummary errors={summary} focusKey={attempt} />
      <form noValidate onSubmit={onSubmit} className="mb-8">
        <TextField
          label={t.email}
          type="email"
          autoComplete="username"
          spellCheck={false}
          error={errors.email?.message}
          {...register("email")}
        />
        <TextField
          label={t.password}
          type="password"
          autoComplete="current-password"
          error={errors.password?.message}
          {...register("password")}
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
