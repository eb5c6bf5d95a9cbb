import { can } from "@kk/auth/policy";
import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { firstParam, KindFilter, LogPager, type LogSearchParams } from "@/components/admin-log/log-list-parts";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requireUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import * as messages from "@/messages/catalogue";

const t = messages.audit;

export const metadata: Metadata = { title: t.title };

const PATH = "/beheer/audit";

interface Props {
  searchParams: Promise<LogSearchParams>;
}

const dateTime = new Intl.DateTimeFormat("nl-NL", { dateStyle: "medium", timeStyle: "medium", timeZone: "Europe/Amsterdam" });

function entityLabel(type: string): string {
  return t.entityTypes[type] ?? type;
}

export default async function AuditPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "audit.read")) forbidden();
  const params = await searchParams;
  const entityType = firstParam(params.soort)?.slice(0, 60);
  const beforeRaw = firstParam(params.voor);
  const before = beforeRaw && /^\d+$/.test(beforeRaw) ? beforeRaw : undefined;
  const { events, nextBefore, entityTypes } = await (await serverApi()).audit.list({ entityType, before });

  return (
    <>
      <PageHeader title={t.title} intro={t.intro} />
      <KindFilter path={PATH} kind={entityType} kinds={entityTypes.map((type) => ({ value: type, label: entityLabel(type) }))} texts={t} />

      {events.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <Table
          caption={t.tableCaption}
          captionHidden
          head={
            <>
              <Th>{t.columns.at}</Th>
              <Th>{t.columns.actor}</Th>
              <Th>{t.columns.action}</Th>
              <Th>{t.columns.entity}</Th>
              <Th>{t.columns.changes}</Th>
            </>
          }
        >
          {events.map((event) => (
            <tr key={event.id}>
              <Td className="whitespace-nowrap">
                <time dateTime={event.at.toISOString()}>{dateTime.format(event.at)}</time>
              </Td>
              <Td>
                {event.actorName ?? event.actorEmail ?? t.system}
                {event.actorName && event.actorEmail ? (
                  <span className="block text-sm break-all text-ink-muted">{event.actorEmail}</span>
                ) : null}
              </Td>
              <Td>
                <code className="text-sm">{event.action}</code>
              </Td>
              <Td>
                {entityLabel(event.entityType)}
                <span className="block text-sm break-all text-ink-muted">{event.entityId}</span>
              </Td>
              <Td className="min-w-64">
                {event.before || event.after ? (
                  <details>
                    <summary className="text-link underline">{t.details}</summary>
                    <div className="mt-2 grid gap-2">
                      <ChangeBlock label={t.before} value={event.before} />
                      <ChangeBlock label={t.after} value={event.after} />
                    </div>
                  </details>
                ) : null}
              </Td>
            </tr>
          ))}
        </Table>
      )}

      <LogPager path={PATH} kind={entityType} before={before} nextBefore={nextBefore} texts={t} />
    </>
  );
}

function ChangeBlock({ label, value }: { label: string; value: unknown }) {
  if (value === null || value === undefined) return null;
  return (
    <div>
      <p className="font-semibold">{label}</p>
      <pre className="max-w-md overflow-x-auto bg-surface p-2 text-xs whitespace-pre-wrap break-all">
        {JSON.stringify(value, null, 2)}
      </pre>
    </div>
  );
}
