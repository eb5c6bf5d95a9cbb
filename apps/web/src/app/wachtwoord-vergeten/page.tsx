import type { Metadata } from "next";
import { RequestResetForm } from "@/components/password/request-reset-form";
import { PublicShell } from "@/components/shell/site-header";
import { PageHeader } from "@/components/ui/page-header";
import { isDemoEnvironment } from "@/env";
import * as messages from "@/messages/catalogue";
import { requestReset } from "./actions";

const t = messages.wachtwoord.forgot;

export const metadata: Metadata = { title: t.title };

/** Asking for a reset link (issue 14, part L; docs/adr/0019-password-change-and-reset.md). Anonymous. */
export default function ForgotPasswordPage() {
  return (
    <PublicShell demo={isDemoEnvironment()}>
      <div className="max-w-xl">
        <PageHeader title={t.title} intro={t.intro} />
        <RequestResetForm requestAction={requestReset} />
      </div>
    </PublicShell>
  );
}
