"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { changePasswordInput } from "@kk/api/schemas";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { signOut } from "@/lib/auth-sign-out";
import { useTRPC } from "@/lib/trpc/client";
import * as messages from "@/messages/catalogue";
import { PasswordField } from "./password-field";
import { applyServerError, serverErrorCode, summaryItems } from "@/components/ui/forms/server-error";

const t = messages.wachtwoord;
const FIELDS = ["currentPassword", "newPassword"] as const;

/**
 * Current and new password. On success every session of the user has ended on the server, this
 * one too, so the browser signs out and goes to the sign-in page with the Dutch notice.
 */
export function ChangePasswordForm() {
  const trpc = useTRPC();
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [signingOut, setSigningOut] = useState(false);
  const change = useMutation(trpc.password.change.mutationOptions());
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm({ resolver: zodResolver(changePasswordInput), shouldFocusError: false, defaultValues: { currentPassword: "", newPassword: "" } });

  const summary = summaryItems(errors, FIELDS, formError);

  const onSubmit = handleSubmit(
    async (values) => {
      setFormError(null);
      try {
        await change.mutateAsync(values);
      } catch (error) {
        const message = applyServerError(error, setError, FIELDS);
        setFormError(serverErrorCode(error) === "TOO_MANY_REQUESTS" ? t.change.throttled : message);
        setAttempt((n) => n + 1);
        return;
      }
      setSigningOut(true);
      await signOut({ callbackUrl: "/inloggen?wachtwoord=gewijzigd" });
    },
    () => setAttempt((n) => n + 1),
  );

  const busy = isSubmitting || signingOut;
  return (
    <>
      <ErrorSummary errors={summary} focusKey={attempt} />
      <form noValidate onSubmit={onSubmit} className="max-w-xl">
        <PasswordField label={t.change.currentPassword} autoComplete="current-password" error={errors.currentPassword?.message} {...register("currentPassword")} />
        <PasswordField
          label={t.change.newPassword}
          hint={t.newPasswordHint}
          autoComplete="new-password"
          error={errors.newPassword?.message}
          {...register("newPassword")}
        />
        <Button type="submit" disabled={busy}>
          {busy ? t.change.submitting : t.change.submit}
        </Button>
      </form>
    </>
  );
}
