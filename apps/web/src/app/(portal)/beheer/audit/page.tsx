import { can } from "@kk/auth/policy";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requireUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import { messages } from "@/messages";

const t = messages.audit;

export const metadata: Metadata = { title: t.title };

interface Props {
  searchParams: Promise<{ soort?: string | string[]; voor?: string | string[] }>;
}

const dateTime = new Intl.DateTimeFormat("nl-NL", { dateStyle: "medium", timeStyle: "medium", timeZone: "Europe/Amsterdam" });

function first(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return v?.trim() || undefined;
}

function entityLabel(type: string): string {
  return t.entityTypes[type] ?? type;
}

function pageHref(entityType: string | undefined, before: string | undefined): string {
  const params = new URLSearchParams();
  if (entityType) params.set("soort", entityType);
  if (before) params.set("voor", before);
  const query = params.toString();
  return query ? `/beheer/audit?${query}` : "/beheer/audit";
}

export default async function AuditPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "audit.read")) forbidden();
  const params = await searchParams;
  const entityType = first(params.soort)?.slice(0, 60);
  const beforeRaw = first(params.voor);
  const before = beforeRaw && /^\d+$/.test(beforeRaw) ? beforeRaw : undefined;
  const { events, nextBefore, entityTypes } = await (await serverApi()).audit.list({ entityType, before });

  return (
    <>
      <PageHeader title={t.title} intro={t.intro} />
      <form method="get" action="/beheer/audit" className="mb-8 flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="soort" className="block font-semibold">
            {t.filterLabel}
          </label>
          <select
            id="soort"
            name="soort"
            defaultValue={entityType ?? ""}
            className="mt-1 block min-h-11 border-2 border-line-strong bg-paper px-3 py-2 text-base"
          >
            <option value="">{t.filterAll}</option>
            {entityTypes.map((type) => (
              <option key={type} value={type}>
                {entityLabel(type)}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" variant="secondary">
          {t.filterSubmit}
        </Button>
      </form>

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

      <nav aria-label={t.pagination} className="mt-6 flex flex-wrap gap-6">
        {before ? <Link href={pageHref(entityType, undefined)}>{t.first}</Link> : null}
        {nextBefore ? <Link href={pageHref(entityType, nextBefore)}>{t.next}</Link> : null}
      </nav>
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
