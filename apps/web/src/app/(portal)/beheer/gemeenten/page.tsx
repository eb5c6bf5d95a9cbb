import { can } from "@kk/auth/policy";
import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { AddMunicipalityForm } from "@/components/municipality/add-municipality-form";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requireUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import * as messages from "@/messages/catalogue";

const title = messages.nav.items["beheer-gemeenten"];
const t = messages.municipalities;

export const metadata: Metadata = { title };

/** The municipalities of this region install (issue 18, docs/operations.md "Een regio, één installatie"). */
export default async function MunicipalitiesPage() {
  const user = await requireUser();
  if (!can(user, "municipality.list")) forbidden();
  const municipalities = await (await serverApi()).municipality.list();
  return (
    <>
      <PageHeader title={title} intro={<p>{t.intro}</p>} />
      <Table
        caption={t.tableCaption}
        head={
          <>
            <Th>{t.columns.name}</Th>
            <Th>{t.columns.code}</Th>
            <Th>{t.columns.vtRegion}</Th>
            <Th className="text-right">{t.columns.wijken}</Th>
            <Th className="text-right">{t.columns.users}</Th>
            <Th className="text-right">{t.columns.organisations}</Th>
          </>
        }
      >
        {municipalities.map((m) => (
          <tr key={m.code}>
            <Td className="font-semibold">
              {m.name}
              {m.isDemo ? <span className="ml-2 text-sm font-normal text-ink-muted">{t.demo}</span> : null}
            </Td>
            <Td>{m.code}</Td>
            <Td>{m.vtRegion ? m.vtRegion.name : <span className="text-ink-muted">{t.noRegion}</span>}</Td>
            <Td className="text-right tabular-nums">{m.wijken}</Td>
            <Td className="text-right tabular-nums">{m.users}</Td>
            <Td className="text-right tabular-nums">{m.organisations}</Td>
          </tr>
        ))}
      </Table>
      {municipalities.length === 0 ? <p className="mt-4">{t.empty}</p> : null}
      {can(user, "municipality.add") ? (
        <section aria-labelledby="gemeente-toevoegen-kop" className="mt-10 max-w-xl">
          <h2 id="gemeente-toevoegen-kop" className="mb-2 text-2xl">
            {t.add.heading}
          </h2>
          <p className="mb-4">{t.add.intro}</p>
          <AddMunicipalityForm />
        </section>
      ) : null}
    </>
  );
}
