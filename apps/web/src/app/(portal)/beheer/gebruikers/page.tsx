import { can } from "@kk/auth/policy";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { IdleTimeoutForm } from "@/components/account-sessions/idle-timeout-form";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requireUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import { messages } from "@/messages";

const t = messages.users;

export const metadata: Metadata = { title: t.title };

export default async function UsersPage() {
  const user = await requireUser();
  if (!can(user, "user.list")) forbidden();
  const api = await serverApi();
  const users = await api.user.list();
  const idle = can(user, "userSession.configure") ? await api.userSession.idleTimeout() : null;
  return (
    <>
      <PageHeader
        title={t.title}
        intro={t.intro}
        actions={
          <ButtonLink href="/beheer/gebruikers/nieuw" variant="primary">
            {t.createHeading}
          </ButtonLink>
        }
      />
      <Table
        caption={t.tableCaption}
        captionHidden
        head={
          <>
            <Th>{t.columns.name}</Th>
            <Th>{t.columns.email}</Th>
            <Th>{t.columns.role}</Th>
            <Th>{t.columns.organisation}</Th>
            <Th>{t.columns.active}</Th>
          </>
        }
      >
        {users.map((u) => (
          <tr key={u.id}>
            <Td className="font-semibold">
              <Link href={`/beheer/gebruikers/${u.id}`}>{u.name}</Link>
            </Td>
            <Td className="break-all">{u.email}</Td>
            <Td>{messages.roles[u.role]}</Td>
            <Td>{u.organisation?.name ?? <span className="text-ink-muted">{t.noOrganisation}</span>}</Td>
            <Td>
              {u.active ? (
                t.active
              ) : (
                <strong className="inline-block bg-surface px-2 text-ink">{t.inactive}</strong>
              )}
            </Td>
          </tr>
        ))}
      </Table>
      {idle ? (
        <section aria-labelledby="sessies-instelling-kop" className="mt-10 max-w-3xl">
          <h2 id="sessies-instelling-kop" className="mb-2 text-2xl">
            {messages.sessies.settings.heading}
          </h2>
          <p className="mb-4">{messages.sessies.settings.intro}</p>
          <IdleTimeoutForm idleTimeoutMinutes={idle.idleTimeoutMinutes} updatedAt={idle.updatedAt?.toISOString() ?? null} />
        </section>
      ) : null}
    </>
  );
}
