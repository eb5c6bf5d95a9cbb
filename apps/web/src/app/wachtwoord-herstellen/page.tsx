import { lookUpResetToken } from "@kk/api";
import { getDb } from "@kk/db";
import type { Metadata } from "next";
import { ResetPasswordForm } from "@/components/password/reset-password-form";
import { ResetTokenProblemNotice } from "@/components/password/reset-token-problem";
import { PublicShell } from "@/components/shell/site-header";
import { PageHeader } from "@/components/ui/page-header";
import { isDemoEnvironment } from "@/env";
import * as messages from "@/messages/catalogue";
import { resetWithToken } from "./actions";

const t = messages.wachtwoord.reset;

// The token is in the URL: do not hand it on to other pages in the Referer header.
export const metadata: Metadata = { title: t.title, referrer: "no-referrer" };

interface Props {
  searchParams: Promise<{ token?: string | string[] }>;
}

/**
 * The link from the "Nieuw wachtwoord kiezen" mail (issue 14, part L). Outside the signed-in part:
 * the token is the credential. This GET only shows; setting the password is the form's POST.
 */
export default async function ResetPasswordPage({ searchParams }: Props) {
  const raw = (await searchParams).token;
  const token = (Array.isArray(raw) ? raw[0] : raw) ?? "";
  const lookup = await lookUpResetToken(getDb(), token, new Date());
  return (
    <PublicShell demo={isDemoEnvironment()}>
      <div className="max-w-xl">
        <PageHeader title={t.title} intro={lookup.status === "valid" ? t.intro : undefined} />
        {lookup.status === "valid" ? <ResetPasswordForm token={token} resetAction={resetWithToken} /> : <ResetTokenProblemNotice problem={lookup.status} />}
      </div>
    </PublicShell>
  );
}
