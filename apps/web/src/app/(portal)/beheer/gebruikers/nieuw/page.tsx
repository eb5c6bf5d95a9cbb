import { can } from "@kk/auth/policy";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { UserForm } from "@/components/users/user-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import * as messages from "@/messages/catalogue";

const t = messages.users;

export const metadata: Metadata = { title: t.createHeading };

export default async function NewUserPage() {
  const user = await requireUser();
  if (!can(user, "user.create")) forbidden();
  const api = await serverApi();
  const [organisations, municipalities] = await Promise.all([api.organisation.options(), api.municipality.options()]);
  return (
    <>
      <p className="mb-4">
        <Link href="/beheer/gebruikers">{t.backToList}</Link>
      </p>
      <PageHeader title={t.createHeading} />
      <UserForm
        mode="create"
        organisations={organisations.map((o) => ({ value: o.id, label: o.name }))}
        municipalities={municipalities.map((m) => ({ value: m.code, label: m.name }))}
      />
    </>
  );
}
