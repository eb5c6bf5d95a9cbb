import type { Metadata } from "next";
import Link from "next/link";
import { ChangePasswordForm } from "@/components/password/change-password-form";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import * as messages from "@/messages/catalogue";

const t = messages.wachtwoord.change;

export const metadata: Metadata = { title: t.title };

/** Changing one's own password (issue 14, part L). Accounts that sign in through their organisation have none here. */
export default async function ChangePasswordPage() {
  await requireUser();
  const { hasPassword } = await (await serverApi()).password.state();
  return (
    <>
      <p className="mb-4">
        <Link href="/">{t.back}</Link>
      </p>
      <PageHeader title={t.title} intro={hasPassword ? t.intro : undefined} />
      {hasPassword ? (
        <ChangePasswordForm />
      ) : (
        <Notice title={t.managedTitle}>
          <p>{t.managedBody}</p>
        </Notice>
      )}
    </>
  );
}
