"use client";

import type { MfaStatus } from "@kk/auth/mfa-store";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Button, buttonClassName } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { applyServerError } from "@/components/ui/forms/server-error";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import { useTRPC } from "@/lib/trpc/client";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.twoFactor.page;
const s = messages.twoFactor.signIn;

interface Enrolment {
  groupedSecret: string;
  qrDataUrl: string;
}

interface Props {
  status: MfaStatus;
  enrolment: Enrolment | null;
  accountEmail: string;
}

/** Enrolment (QR code, key, confirm), then the recovery codes once; later new codes or switching off. */
export function TwoFactorSettings({ status: initial, enrolment, accountEmail }: Props) {
  const trpc = useTRPC();
  const [status, setStatus] = useState(initial);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [disabledNotice, setDisabledNotice] = useState(false);
  const confirm = useMutation(trpc.mfa.confirmEnrolment.mutationOptions());
  const renew = useMutation(trpc.mfa.renewRecoveryCodes.mutationOptions());
  const disable = useMutation(trpc.mfa.disable.mutationOptions());

  if (recoveryCodes) return <RecoveryCodes codes={recoveryCodes} />;
  if (disabledNotice) {
    return (
      <Notice tone="success" role="status">
        {t.disabled}
      </Notice>
    );
  }

  if (!status.enabled && enrolment) {
    return (
      <>
        <section aria-labelledby="step1" className="mb-8">
          <h2 id="step1" className="mb-2 text-2xl">
            {t.step1Heading}
          </h2>
          <p>{t.step1}</p>
        </section>
        <section aria-labelledby="step2" className="mb-8">
          <h2 id="step2" className="mb-3 text-2xl">
            {t.step2Heading}
          </h2>
          {/* A data: URL: the QR code is an SVG rendered on the server (the CSP's img-src allows data:). */}
          <img src={enrolment.qrDataUrl} alt={t.qrAlt} width={220} height={220} className="mb-4 border-2 border-line bg-white" />
          <p className="mb-2">{t.manualIntro}</p>
          <dl className="mb-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="font-semibold">{t.keyLabel}</dt>
            <dd>
              <code data-testid="totp-secret" className="font-mono text-lg break-all">
                {enrolment.groupedSecret}
              </code>
            </dd>
            <dt className="font-semibold">{t.accountLabel}</dt>
            <dd className="break-all">{accountEmail}</dd>
          </dl>
        </section>
        <section aria-labelledby="step3">
          <h2 id="step3" className="mb-3 text-2xl">
            {t.step3Heading}
          </h2>
          <CodeForm
            id="code"
            submitLabel={t.confirm}
            busyLabel={t.confirming}
            onSubmit={async (code) => {
              const result = await confirm.mutateAsync({ code });
              setRecoveryCodes(result.recoveryCodes);
            }}
          />
        </section>
      </>
    );
  }

  return (
    <>
      <Notice tone="success" title={t.enabledTitle}>
        {format(t.unusedCodes, { count: status.unusedRecoveryCodes })}
      </Notice>
      <section aria-labelledby="renew-heading" className="mb-10">
        <h2 id="renew-heading" className="mb-2 text-2xl">
          {t.renewHeading}
        </h2>
        <p className="mb-4">{t.renewIntro}</p>
        <CodeForm
          id="renew-code"
          submitLabel={t.renew}
          busyLabel={messages.forms.saving}
          onSubmit={async (code) => {
            const result = await renew.mutateAsync({ code });
            setStatus({ ...status, unusedRecoveryCodes: result.recoveryCodes.length });
            setRecoveryCodes(result.recoveryCodes);
          }}
        />
      </section>
      <section aria-labelledby="disable-heading" className="border-t-2 border-line pt-6">
        <h2 id="disable-heading" className="mb-2 text-2xl">
          {t.disableHeading}
        </h2>
        {status.required ? (
          <p>{t.requiredNoDisable}</p>
        ) : (
          <>
            <p className="mb-4">{t.disableIntro}</p>
            <CodeForm
              id="disable-code"
              submitLabel={t.disable}
              busyLabel={messages.forms.saving}
              danger
              onSubmit={async (code) => {
                await disable.mutateAsync({ code });
                setDisabledNotice(true);
              }}
            />
          </>
        )}
        <p className="mt-6 text-ink-muted">{t.lostPhone}</p>
      </section>
    </>
  );
}

/** One 6-digit code field with the GOV.UK error summary; server errors (wrong, used, throttled) go inline. */
function CodeForm({
  id,
  submitLabel,
  busyLabel,
  danger = false,
  onSubmit,
}: {
  id: string;
  submitLabel: string;
  busyLabel: string;
  danger?: boolean;
  onSubmit: (code: string) => Promise<void>;
}) {
  const [value, setValue] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const code = value.replace(/\s+/g, "");
    const problem = !code ? s.codeRequired : /^\d{6}$/.test(code) ? null : s.codeFormat;
    setError(problem);
    if (problem) {
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      await onSubmit(code);
    } catch (cause) {
      // One field, kept in plain state: its server error goes to `error`, the rest to the summary.
      setFormError(applyServerError<{ code: string }>(cause, (_field, { message }) => setError(message ?? null), ["code"]));
      setValue("");
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  }

  const summary = [...(error ? [{ fieldId: id, message: error }] : []), ...(formError ? [{ message: formError }] : [])];
  return (
    <>
      <ErrorSummary errors={summary} focusKey={attempt} />
      <form noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          id={id}
          name={id}
          label={s.code}
          hint={s.codeHint}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={7}
          className="max-w-40"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          error={error ?? undefined}
        />
        <Button type="submit" variant={danger ? "danger" : "primary"} disabled={busy} aria-describedby={busy ? `${id}-busy` : undefined}>
          {submitLabel}
        </Button>
        {busy ? (
          <p id={`${id}-busy`} role="status" className="mt-3 text-ink-muted">
            {busyLabel}
          </p>
        ) : null}
      </form>
    </>
  );
}

/** The recovery codes, shown once, with print and copy guidance. */
function RecoveryCodes({ codes }: { codes: string[] }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <section aria-labelledby="recovery-heading">
      <Notice tone="success" role="status">
        {t.enabledTitle}
      </Notice>
      <h2 id="recovery-heading" ref={ref} tabIndex={-1} className="mb-2 text-2xl outline-none">
        {t.recoveryHeading}
      </h2>
      <p className="mb-4">{t.recoveryIntro}</p>
      <ol data-testid="recovery-codes" className="mb-4 grid max-w-md grid-cols-1 gap-1 border-2 border-ink p-4 font-mono text-lg sm:grid-cols-2">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
      <p className="mb-4 text-ink-muted">{t.copyHint}</p>
      <div className="flex flex-wrap gap-3">
        <Button variant="secondary" onClick={() => window.print()}>
          {t.print}
        </Button>
        {/* A full page load, so the portal's layout sees that enrolment is done. */}
        <a href="/" className={buttonClassName("primary")}>
          {t.continue}
        </a>
      </div>
    </section>
  );
}
