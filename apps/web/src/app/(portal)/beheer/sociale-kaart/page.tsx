import { can } from "@kk/auth/policy";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { SendRemindersButton } from "@/components/freshness/send-reminders-button";
import { StaleAfterForm } from "@/components/freshness/stale-after-form";
import { formatDutchDate } from "@/components/organisation/format-date";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requireUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.freshness.overview;

export const metadata: Metadata = { title: t.title };

function MoreRows({ shown, total }: { shown: number; total: number }) {
  if (total <= shown) return null;
  return <p className="mt-2 text-ink-muted">{format(t.moreRows, { shown, total })}</p>;
}

export default async function FreshnessOverviewPage() {
  const user = await requireUser();
  if (!can(user, "freshness.read")) forbidden();
  const overview = await (await serverApi()).freshness.overview();
  const mayManage = can(user, "freshness.manage");
  const { stale, withoutEscalationContact: missing } = overview;

  return (
    <>
      <PageHeader title={t.title} intro={t.intro} />
      {can(user, "directory.import") ? (
        <p className="mb-8">
          <Link href="/beheer/import">{messages.directoryImport.title}</Link>
        </p>
      ) : null}

      <section aria-labelledby="verouderd" className="mb-12">
        <h2 id="verouderd" className="mb-2 text-2xl">
          {format(t.staleHeading, { months: overview.staleAfterMonths })}
        </h2>
        {stale.total === 0 ? (
          <p>{t.staleEmpty}</p>
        ) : (
          <>
            <p className="mb-4">{format(t.staleCount, { count: stale.total })}</p>
            <Table
              caption={t.staleCaption}
              captionHidden
              head={
                <>
                  <Th>{t.columns.name}</Th>
                  <Th>{t.columns.lastChecked}</Th>
                  <Th>{t.columns.monthsSince}</Th>
                  <Th>{t.columns.editors}</Th>
                </>
              }
            >
              {stale.rows.map((row) => (
                <tr key={row.id}>
                  <Td>
                    <Link href={`/sociale-kaart/${row.slug}`}>{row.name}</Link>
                  </Td>
                  <Td className="whitespace-nowrap">
                    {row.verifiedAt ? <time dateTime={row.verifiedAt.toISOString()}>{formatDutchDate(row.verifiedAt)}</time> : t.never}
                  </Td>
                  <Td>{row.monthsSinceVerified ?? "–"}</Td>
                  <Td>
                    {row.partnerEditors > 0 ? (
                      row.partnerEditors
                    ) : (
                      <span title={t.noEditorsHint}>
                        {t.noEditors}
                        <span className="sr-only"> — {t.noEditorsHint}</span>
                      </span>
                    )}
                  </Td>
                </tr>
              ))}
            </Table>
            <MoreRows shown={stale.rows.length} total={stale.total} />
          </>
        )}
      </section>

      <section aria-labelledby="zonder-escalatie" className="mb-12">
        <h2 id="zonder-escalatie" className="mb-2 text-2xl">
          {t.escalationHeading}
        </h2>
        <p className="mb-4 max-w-3xl">{t.escalationIntro}</p>
        {missing.total === 0 ? (
          <p>{t.escalationEmpty}</p>
        ) : (
          <>
            <Table
              caption={t.escalationCaption}
              captionHidden
              head={
                <>
                  <Th>{t.escalationColumns.name}</Th>
                  <Th>{t.escalationColumns.type}</Th>
                  <Th>{t.escalationColumns.steps}</Th>
                </>
              }
            >
              {missing.rows.map((row) => (
                <tr key={row.id}>
                  <Td>
                    <Link href={`/sociale-kaart/${row.slug}`}>{row.name}</Link>
                  </Td>
                  <Td>{row.type}</Td>
                  <Td>{row.escalationSteps > 0 ? row.escalationSteps : t.noSteps}</Td>
                </tr>
              ))}
            </Table>
            <MoreRows shown={missing.rows.length} total={missing.total} />
          </>
        )}
      </section>

      <section aria-labelledby="instelling" className="mb-12 max-w-3xl">
        <h2 id="instelling" className="mb-2 text-2xl">
          {t.settingHeading}
        </h2>
        <p className="mb-4">{format(t.settingCurrent, { months: overview.staleAfterMonths })}</p>
        {mayManage ? (
          <StaleAfterForm months={overview.staleAfterMonths} updatedAt={overview.settingUpdatedAt?.toISOString() ?? null} />
        ) : null}
      </section>

      {mayManage ? (
        <section aria-labelledby="herinneringen" className="max-w-3xl">
          <h2 id="herinneringen" className="mb-2 text-2xl">
            {t.remindersHeading}
          </h2>
          <p className="mb-4">{t.remindersIntro}</p>
          <SendRemindersButton />
        </section>
      ) : null}
    </>
  );
}
