import { can } from "@kk/auth/policy";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { IdleTimeoutForm } from "@/components/account-sessions/idle-timeout-form";
import { UserMunicipalityFilter } from "@/components/users/user-municipality-filter";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requireUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import * as messages from "@/messages/catalogue";

const t = messages.users;

export const metadata: Metadata = { title: t.title };

interface Props {
  searchParams: Promise<{ gemeente?: string | string[] }>;
}

/** The list's municipality filter from the URL (`?gemeente=GM0505`, or `geen` for users without one; issue 18). */
function municipalityFilter(value: string | string[] | undefined, codes: ReadonlySet<string>): string | undefined {
  if (value === "geen") return "none";
  return typeof value === "string" && codes.has(value) ? value : undefined;
}

export default async function UsersPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "user.list")) forbidden();
  const api = await serverApi();
  const municipalities = await api.municipality.options();
  const filter = municipalityFilter((await searchParams).gemeente, new Set(municipalities.map((m) => m.code)));
  const users = await api.user.list(filter ? { municipalityCode: filter } : undefined);
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
      <UserMunicipalityFilter municipalities={municipalities} selected={filter === "none" ? "geen" : (filter ?? "")} />
      <Table
        caption={t.tableCaption}
        captionHidden
        head={
          <>
            <Th>{t.columns.name}</Th>
            <Th>{t.columns.email}</Th>
            <Th>{t.columns.role}</Th>
            <Th>{t.columns.municipality}</Th>
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
            <Td>{u.municipality?.name ?? <span className="text-ink-muted">{t.noMunicipality}</span>}</Td>
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
