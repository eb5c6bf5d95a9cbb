import { isOidcEnabled, oidcDisplayName } from "@kk/auth";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PublicShell } from "@/components/shell/site-header";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { isDemoEnvironment } from "@/env";
import { currentUser } from "@/lib/session";
import { messages } from "@/messages";
import { safeCallbackUrl } from "./callback-url";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: messages.signIn.title };

interface Props {
  searchParams: Promise<{ callbackUrl?: string | string[]; error?: string | string[]; wachtwoord?: string | string[] }>;
}

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(first(params.callbackUrl));
  if (await currentUser()) redirect(callbackUrl);

  const error = first(params.error);
  const initialError = error === "AccessDenied" ? messages.signIn.accessDenied : error ? messages.signIn.failed : null;
  // After a password change or reset (issue 14, part L): every session ended, sign in again.
  const passwordNotice = passwordNoticeFor(first(params.wachtwoord));
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
        <SignInForm callbackUrl={callbackUrl} initialError={initialError} oidcName={oidcName} />
        <p className="mt-6">
          <Link href="/wachtwoord-vergeten">{messages.wachtwoord.forgotLink}</Link>
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
