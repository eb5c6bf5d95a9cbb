import { isOidcEnabled, oidcDisplayName } from "@kk/auth";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PublicShell } from "@/components/shell/site-header";
import { PageHeader } from "@/components/ui/page-header";
import { isDemoEnvironment } from "@/env";
import { currentUser } from "@/lib/session";
import { messages } from "@/messages";
import { safeCallbackUrl } from "./callback-url";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: messages.signIn.title };

interface Props {
  searchParams: Promise<{ callbackUrl?: string | string[]; error?: string | string[] }>;
}

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(first(params.callbackUrl));
  if (await currentUser()) redirect(callbackUrl);

  const error = first(params.error);
  const initialError = error === "AccessDenied" ? messages.signIn.accessDenied : error ? messages.signIn.failed : null;
  const oidcName = isOidcEnabled() ? (oidcDisplayName() ?? "single sign-on") : null;

  return (
    <PublicShell demo={isDemoEnvironment()}>
      <div className="max-w-xl">
        <PageHeader title={messages.signIn.title} intro={messages.signIn.intro} />
        <SignInForm callbackUrl={callbackUrl} initialError={initialError} oidcName={oidcName} />
      </div>
    </PublicShell>
  );
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
