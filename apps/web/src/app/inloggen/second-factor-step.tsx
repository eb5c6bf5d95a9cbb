"use client";

import { useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary, type ErrorSummaryItem } from "@/components/ui/error-summary";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import { signInWithCredentials } from "@/lib/auth-client";
import { fetchMutation } from "@/lib/trpc/fetch-mutation";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.twoFactor.signIn;

/** next-auth's `error` values from the credentials provider (packages/auth/src/mfa.ts, MFA_SIGN_IN_ERRORS). */
const ERRORS: Record<string, string> = { MfaInvalid: t.invalid, MfaThrottled: t.throttled };

interface Props {
  email: string;
  password: string;
  callbackUrl: string;
  onStartOver: () => void;
}

/**
 * The second sign-in step (docs/adr/0018): the 6-digit code from the authenticator app, or a
 * recovery code. Sends e-mail and password again with it: the server never accepts the password
 * alone for an account with TOTP.
 */
export function SecondFactorStep({ email, password, callbackUrl, onStartOver }: Props) {
  const [useRecovery, setUseRecovery] = useState(false);
  const [value, setValue] = useState("");
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [demoCode, setDemoCode] = useState<string | null>(null);
  // mfa.demoCode without the tRPC client (lib/trpc/fetch-mutation.ts). The code shown is cleared
  // while a new one is asked for, and stays away when the request fails.
  const requestDemoCode = useCallback((forEmail: string) => {
    setDemoCode(null);
    fetchMutation("mfa", "demoCode", { email: forEmail })
      .then((answer) => setDemoCode(answer?.code ?? null))
      .catch(() => setDemoCode(null));
  }, []);

  useEffect(() => {
    headingRef.current?.focus();
    // On a demo portal only, and only for the seeded demo accounts (the server decides).
    requestDemoCode(email);
  }, [email, requestDemoCode]);

  const fieldId = useRecovery ? "recoveryCode" : "code";
  const summary: ErrorSummaryItem[] = [
    ...(fieldError ? [{ fieldId, message: fieldError }] : []),
    ...(formError ? [{ message: formError }] : []),
  ];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const entered = value.trim();
    const problem = !entered
      ? useRecovery
        ? t.recoveryCodeRequired
        : t.codeRequired
      : !useRecovery && !/^\d{6}$/.test(entered.replace(/\s+/g, ""))
        ? t.codeFormat
        : null;
    setFieldError(problem);
    if (problem) {
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    const result = await signInWithCredentials({
      email,
      password,
      ...(useRecovery ? { recoveryCode: entered } : { code: entered.replace(/\s+/g, "") }),
    });
    if (result.ok && !result.error) {
      window.location.assign(callbackUrl);
      return;
    }
    setBusy(false);
    setValue("");
    setFormError(result.error === "MfaInvalid" && useRecovery ? t.invalidRecovery : (ERRORS[result.error ?? ""] ?? messages.signIn.failed));
    setAttempt((n) => n + 1);
    if (demoCode) requestDemoCode(email);
  }

  return (
    <>
      <ErrorSummary errors={summary} focusKey={attempt} />
      <h2 ref={headingRef} tabIndex={-1} className="mb-3 text-2xl outline-none">
        {t.heading}
      </h2>
      <p className="mb-6">{t.intro}</p>
      {demoCode ? (
        <Notice tone="warning">
          <span data-testid="demo-code">{format(t.demoCode, { code: demoCode })}</span>
        </Notice>
      ) : null}
      <form noValidate onSubmit={(event) => void submit(event)} className="mb-6">
        {useRecovery ? (
          <TextField
            key="recoveryCode"
            name="recoveryCode"
            label={t.recoveryCode}
            hint={t.recoveryCodeHint}
            autoComplete="off"
            spellCheck={false}
            autoCapitalize="none"
            value={value}
            onChange={(event) => setValue(event.target.value)}
            error={fieldError ?? undefined}
          />
        ) : (
          <TextField
            key="code"
            name="code"
            label={t.code}
            hint={t.codeHint}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={7}
            className="max-w-40"
            value={value}
            onChange={(event) => setValue(event.target.value)}
            error={fieldError ?? undefined}
          />
        )}
        <Button type="submit" disabled={busy} aria-describedby={busy ? "second-factor-busy" : undefined}>
          {t.submit}
        </Button>
        {busy ? (
          <p id="second-factor-busy" role="status" className="mt-3 text-ink-muted">
            {t.submitting}
          </p>
        ) : null}
      </form>
      <div className="flex flex-col items-start gap-3">
        <Button
          variant="quiet"
          onClick={() => {
            setUseRecovery((r) => !r);
            setValue("");
            setFieldError(null);
            setFormError(null);
          }}
        >
          {useRecovery ? t.useApp : t.useRecoveryCode}
        </Button>
        <Button variant="quiet" onClick={onStartOver}>
          {t.startOver}
        </Button>
      </div>
    </>
  );
}
