import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { TwoFactorSettings } from "@/components/two-factor/two-factor-settings";
import { requireSignedIn } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import * as messages from "@/messages/catalogue";

const t = messages.twoFactor.page;

export const metadata: Metadata = { title: t.title };

/** Two-factor sign-in for one's own account (docs/adr/0018): enrol, new recovery codes, switch off. */
export default async function TwoFactorPage() {
  const user = await requireSignedIn();
  const api = await serverApi();
  const status = await api.mfa.status();
  if (status.oidcOnly) {
    return (
      <div className="max-w-2xl">
        <PageHeader title={t.title} intro={t.oidcOnly} />
      </div>
    );
  }
  // Showing the page starts enrolment (a new secret, kept until confirmed; a reload shows the same one).
  const enrolment = status.enabled ? null : await api.mfa.startEnrolment();
  return (
    <div className="max-w-2xl">
      <PageHeader title={t.title} intro={status.required ? t.requiredIntro : t.optionalIntro} />
      <TwoFactorSettings status={status} enrolment={enrolment} accountEmail={user.email} />
    </div>
  );
}
