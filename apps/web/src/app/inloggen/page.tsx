import { idleTimeoutMinutes, isOidcEnabled, oidcDisplayName } from "@kk/auth";
import { getDb } from "@kk/db";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PublicShell } from "@/components/shell/site-header";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { isDemoEnvironment } from "@/env";
import { currentSession } from "@/lib/session";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";
import { REASON_PARAM } from "@/components/shell/session-end-reason";
import { safeCallbackUrl } from "./callback-url";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: messages.signIn.title };

interface Props {
  searchParams: Promise<{
    callbackUrl?: string | string[];
    error?: string | string[];
    reden?: string | string[];
    wachtwoord?: string | string[];
  }>;
}

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(first(params.callbackUrl));
  const session = await currentSession();
  if (session.user) redirect(callbackUrl);

  const error = first(params.error);
  const initialError = error === "AccessDenied" ? messages.signIn.accessDenied : error ? messages.signIn.failed : null;
  // After a password change or reset (issue 14, part L): every session ended, sign in again.
  const passwordNotice = passwordNoticeFor(first(params.wachtwoord));
  // The reason from the address (set by app/unauthorized.tsx), else from the browser's own ended
  // session cookie (a client-side navigation may arrive without the address parameter).
  // After a password change the ended session is expected: the password notice says it all.
  const ended = passwordNotice ? null : await sessionEndedText(first(params.reden) ?? (session.hadCookie ? REASON_PARAM[session.ended] : undefined));
  const oidcName = isOidcEnabled() ? (oidcDisplayName() ?? "single sign-on") : null;

  return (
    <PublicShell demo={isDemoEnvironment()}>
      <div className="max-w-xl">
        <PageHeader title={messages.signIn.title} intro={messages.signIn.intro} />
        {passwordNotice ? (
          <Notice tone="success" role="status">
            <p>{passwordNotice}</p>
          </Notice>
        ) : null}
        {ended ? (
          <Notice tone="warning" role="status">
            <p>{ended}</p>
          </Notice>
        ) : null}
        <SignInForm callbackUrl={callbackUrl} initialError={initialError} oidcName={oidcName} />
        <p className="mt-6">
          <Link href="/wachtwoord-vergeten">{messages.wachtwoord.forgotLink}</Link>
        </p>
        <p className="mt-6">
          {messages.signIn.residents}{" "}
          {/* A plain link: the public pages are not part of the React app (ADR 0028). */}
          <a href="/hulp">{messages.signIn.residentsLink}</a>
        </p>
      </div>
    </PublicShell>
  );
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function passwordNoticeFor(value: string | undefined): string | null {
  if (value === "gewijzigd") return messages.wachtwoord.signInNotice.changed;
  if (value === "hersteld") return messages.wachtwoord.signInNotice.reset;
  return null;
}

/** Why the user is here again (set by app/unauthorized.tsx when a session ended), as a sentence. */
async function sessionEndedText(reason: string | undefined): Promise<string | null> {
  if (reason === "inactief") return format(messages.sessies.ended.idle, { minutes: String(await idleTimeoutMinutes(getDb())) });
  if (reason === "verlopen") return messages.sessies.ended.expired;
  if (reason === "beeindigd") return messages.sessies.ended.revoked;
  return null;
}
