"use server";

import { portalBaseUrl, requestPasswordReset, requestPasswordResetInput } from "@kk/api";
import { clientIp, trustedProxyCount } from "@kk/auth";
import { getDb } from "@kk/db";
import { createMailerFromEnvironment } from "@kk/mail";
import { headers } from "next/headers";
import { after } from "next/server";
import type { RequestResetState } from "@/components/password/request-reset-form";

/**
 * "Stuur mij een link" (issue 14, part L). The answer is the same whether or not an account exists,
 * and so is its timing: the lookup, the token and the mail run after the response has gone out
 * (`after`). Only a malformed address is answered differently, which says nothing about accounts.
 *
 * Public (app/route-rules.ts): no session and no secret; it only ever sends a mail to the address's owner.
 */
export async function requestReset(_previous: RequestResetState, formData: FormData): Promise<RequestResetState> {
  const raw = formData.get("email");
  const email = typeof raw === "string" ? raw : "";
  const parsed = requestPasswordResetInput.safeParse({ email });
  if (!parsed.success) return { status: "invalid", error: parsed.error.issues[0]?.message ?? "", email: email.slice(0, 320) };

  const ip = clientIp(Object.fromEntries((await headers()).entries()), trustedProxyCount());
  const db = getDb();
  after(async () => {
    try {
      await requestPasswordReset(db, createMailerFromEnvironment(db), { email: parsed.data.email, ip }, { now: new Date(), baseUrl: portalBaseUrl() });
    } catch (error) {
      console.error("[wachtwoord-vergeten] the reset request failed:", error instanceof Error ? error.message : error);
    }
  });
  return { status: "sent" };
}
