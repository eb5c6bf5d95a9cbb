"use server";

import { portalBaseUrl, resetPassword } from "@kk/api";
import { getDb } from "@kk/db";
import { createMailerFromEnvironment } from "@kk/mail";
import { redirect } from "next/navigation";
import type { ResetState } from "@/components/password/reset-password-form";

/**
 * "Wachtwoord opslaan" with a reset link (issue 14, part L). A server action, so only a deliberate
 * form submit uses the token: mail scanners that fetch the link change nothing. On success to the
 * sign-in page with the notice.
 *
 * Token-authorised (app/route-rules.ts): the reset link is the credential, no session is read.
 */
export async function resetWithToken(_previous: ResetState, formData: FormData): Promise<ResetState> {
  const token = formData.get("token");
  const newPassword = formData.get("newPassword");
  if (typeof token !== "string" || typeof newPassword !== "string") return { status: "unknown" };
  const db = getDb();
  const outcome = await resetPassword(db, createMailerFromEnvironment(db), { token, newPassword }, { now: new Date(), baseUrl: portalBaseUrl() });
  if (outcome.status === "reset") redirect("/inloggen?wachtwoord=hersteld");
  if (outcome.status === "invalid") return { status: "invalid", error: outcome.fieldErrors.newPassword?.[0] ?? Object.values(outcome.fieldErrors)[0]?.[0] ?? "" };
  return { status: outcome.status };
}
