import { can } from "@kk/auth/policy";
import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requireUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import { messages } from "@/messages";

const t = messages.areas;

export const metadata: Metadata = { title: t["sociale-kaart"].title };

export default async function SocialeKaartPage() {
  const user = await requireUser();
  if (!can(user, "area.sociale-kaart")) forbidden();
  const organisations = await (await serverApi()).organisation.options();
  return (
    <>
      <PageHeader title={t["sociale-kaart"].title} intro={t["sociale-kaart"].body} />
      <Notice>{t.comingSoon}</Notice>
      <h2 className="mb-4 text-2xl">{t.organisationsHeading}</h2>
      {organisations.length === 0 ? (
        <p>{t.organisationsEmpty}</p>
      ) : (
        <Table caption={t.organisationsHeading} captionHidden head={
          <>
            <Th>{t.organisationColumns.name}</Th>
            <Th>{t.organisationColumns.sector}</Th>
            <Th>{t.organisationColumns.legalFrame}</Th>
          </>
        }>
          {organisations.map((org) => (
            <tr key={org.id}>
              <Td className="font-semibold">{org.name}</Td>
              <Td>{t.sectors[org.sector] ?? org.sector}</Td>
              <Td>{t.legalFrames[org.legalFrame] ?? org.legalFrame}</Td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
