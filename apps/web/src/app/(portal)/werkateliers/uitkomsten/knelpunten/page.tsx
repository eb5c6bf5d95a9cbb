import { can } from "@kk/auth/policy";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { KnelpuntActiveToggle, NewKnelpuntForm } from "@/components/meeting-outcomes/knelpunt-catalogue-forms";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requireUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.werkateliersUitkomsten.catalogue;

export const metadata: Metadata = { title: t.title };

/** The knelpunten catalogue: add and switch off (coordinator). */
export default async function KnelpuntCataloguePage() {
  const user = await requireUser();
  if (!can(user, "meetingOutcome.manage")) forbidden();
  const catalogue = await (await serverApi()).meetingOutcome.catalogue();

  return (
    <>
      <p className="mb-4">
        <Link href="/werkateliers/uitkomsten">{messages.werkateliersUitkomsten.backToRegister}</Link>
      </p>
      <PageHeader title={t.title} intro={<p>{t.intro}</p>} />

      <section aria-labelledby="catalogus" className="mb-12">
        <h2 id="catalogus" className="sr-only">
          {t.caption}
        </h2>
        <Table
          caption={t.caption}
          head={
            <>
              <Th>{t.colTitle}</Th>
              <Th>{t.colRemedy}</Th>
              <Th>{t.colUsed}</Th>
              <Th>{t.colState}</Th>
            </>
          }
        >
          {catalogue.map((k) => (
            <tr key={k.id} data-testid="catalogue-row">
              <Td className="min-w-48">
                <span className="font-semibold">{k.title}</span>
                {k.description ? <span className="block text-ink-muted">{k.description}</span> : null}
              </Td>
              <Td className="min-w-64">{k.remedy || "—"}</Td>
              <Td className="whitespace-nowrap">{format(t.usedCount, { count: k.meetings })}</Td>
              <Td className="relative">
                <span className="mb-2 block">{k.active ? t.active : t.inactive}</span>
                <KnelpuntActiveToggle id={k.id} title={k.title} active={k.active} />
              </Td>
            </tr>
          ))}
        </Table>
      </section>

      <section aria-labelledby="nieuw-knelpunt" className="max-w-3xl">
        <h2 id="nieuw-knelpunt" className="mb-4 text-2xl">
          {t.newHeading}
        </h2>
        <NewKnelpuntForm />
      </section>
    </>
  );
}
