import { can } from "@kk/auth/policy";
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { UserEditor } from "@/components/users/user-editor";
import { requireUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import * as messages from "@/messages/catalogue";

const t = messages.users;

export const metadata: Metadata = { title: t.editTitle };

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ nieuw?: string }>;
}

export default async function EditUserPage({ params, searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "user.update")) forbidden();
  const { id } = await params;
  const { nieuw } = await searchParams;
  const api = await serverApi();
  const target = await api.user.byId({ id }).catch((error: unknown) => {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const [organisations, municipalities] = await Promise.all([api.organisation.options(), api.municipality.options()]);
  return (
    <>
      <p className="mb-4">
        <Link href="/beheer/gebruikers">{t.backToList}</Link>
      </p>
      <UserEditor
        user={{
          id: target.id,
          name: target.name,
          email: target.email,
          role: target.role,
          organisationId: target.organisationId,
          municipalityCode: target.municipalityCode,
          active: target.active,
          version: target.version,
          lastSignInAt: target.lastSignInAt,
          totpEnabledAt: target.totpEnabledAt,
        }}
        justCreated={nieuw === "1"}
        isSelf={target.id === user.id}
        organisations={organisations.map((o) => ({ value: o.id, label: o.name }))}
        municipalities={municipalities.map((m) => ({ value: m.code, label: m.name }))}
      />
    </>
  );
}
