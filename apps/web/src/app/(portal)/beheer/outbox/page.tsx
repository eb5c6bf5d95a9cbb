import { can } from "@kk/auth/policy";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import { format, messages } from "@/messages";

const t = messages.freshness.outbox;

export const metadata: Metadata = { title: t.title };

interface Props {
  searchParams: Promise<{ soort?: string | string[]; voor?: string | string[] }>;
}

const dateTime = new Intl.DateTimeFormat("nl-NL", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Amsterdam" });
const CURSOR = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z_[a-z0-9]+$/;

function first(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return v?.trim() || undefined;
}

function pageHref(kind: string | undefined, before: string | undefined): string {
  const params = new URLSearchParams();
  if (kind) params.set("soort", kind);
  if (before) params.set("voor", before);
  const query = params.toString();
  return query ? `/beheer/outbox?${query}` : "/beheer/outbox";
}

function Status({ message }: { message: { transport: string; sentAt: Date | null; error: string | null } }) {
  if (message.error) return <span className="font-semibold text-danger">{format(t.error, { error: message.error })}</span>;
  if (message.sentAt) return <>{format(t.sentAt, { date: dateTime.format(message.sentAt) })}</>;
  if (message.transport === "smtp") return <>{t.pending}</>;
  return <>{t.notDelivered}</>;
}

/** Every e-mail the portal recorded: in development and demo the only place mail ends up. */
export default async function OutboxPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "outbox.read")) forbidden();
  const params = await searchParams;
  const kind = first(params.soort)?.slice(0, 60);
  const beforeRaw = first(params.voor);
  const before = beforeRaw && CURSOR.test(beforeRaw) ? beforeRaw : undefined;
  const { messages: rows, nextBefore, kinds } = await (await serverApi()).outbox.list({ kind, before });

  return (
    <>
      <PageHeader title={t.title} intro={t.intro} />
      <form method="get" action="/beheer/outbox" className="mb-8 flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="soort" className="block font-semibold">
            {t.filterLabel}
          </label>
          <select
            id="soort"
            name="soort"
            defaultValue={kind ?? ""}
            className="mt-1 block min-h-11 border-2 border-line-strong bg-paper px-3 py-2 text-base"
          >
            <option value="">{t.filterAll}</option>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" variant="secondary">
          {t.filterSubmit}
        </Button>
      </form>

      {rows.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        // A list of messages rather than a table: long addresses and bodies stay readable on a phone.
        <ol aria-label={t.tableCaption} className="grid gap-4">
          {rows.map((message) => (
            <li key={message.id}>
              <article aria-labelledby={`bericht-${message.id}`} className="border-l-4 border-line-strong bg-paper py-2 pl-4">
                <h2 id={`bericht-${message.id}`} className="text-lg break-words">
                  {message.subject}
                </h2>
                <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
                  <dt className="font-semibold">{t.columns.to}</dt>
                  <dd className="break-all">{message.to.join(", ")}</dd>
                  <dt className="font-semibold">{t.columns.createdAt}</dt>
                  <dd>
                    <time dateTime={message.createdAt.toISOString()}>{dateTime.format(message.createdAt)}</time>
                  </dd>
                  <dt className="font-semibold">{t.columns.kind}</dt>
                  <dd>
                    <code className="text-sm">{message.kind}</code> ({t.transports[message.transport] ?? message.transport})
                  </dd>
                  <dt className="font-semibold">{t.columns.status}</dt>
                  <dd>
                    <Status message={message} />
                  </dd>
                </dl>
                <details className="mt-2">
                  <summary className="text-link underline">{t.showText}</summary>
                  <pre className="mt-2 overflow-x-auto bg-surface p-2 text-sm whitespace-pre-wrap break-words">{message.text}</pre>
                </details>
              </article>
            </li>
          ))}
        </ol>
      )}

      <nav aria-label={t.pagination} className="mt-6 flex flex-wrap gap-6">
        {before ? <Link href={pageHref(kind, undefined)}>{t.first}</Link> : null}
        {nextBefore ? <Link href={pageHref(kind, nextBefore)}>{t.next}</Link> : null}
      </nav>
    </>
  );
}
