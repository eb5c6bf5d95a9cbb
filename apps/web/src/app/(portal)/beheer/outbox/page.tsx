import { can } from "@kk/auth/policy";
import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { firstParam, KindFilter, LogPager, type LogSearchParams } from "@/components/admin-log/log-list-parts";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.freshness.outbox;

export const metadata: Metadata = { title: t.title };

const PATH = "/beheer/outbox";

interface Props {
  searchParams: Promise<LogSearchParams>;
}

const dateTime = new Intl.DateTimeFormat("nl-NL", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Amsterdam" });
const CURSOR = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z_[a-z0-9]+$/;

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
  const kind = firstParam(params.soort)?.slice(0, 60);
  const beforeRaw = firstParam(params.voor);
  const before = beforeRaw && CURSOR.test(beforeRaw) ? beforeRaw : undefined;
  const { messages: rows, nextBefore, kinds } = await (await serverApi()).outbox.list({ kind, before });

  return (
    <>
      <PageHeader title={t.title} intro={t.intro} />
      <KindFilter path={PATH} kind={kind} kinds={kinds.map((k) => ({ value: k, label: k }))} texts={t} />

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

      <LogPager path={PATH} kind={kind} before={before} nextBefore={nextBefore} texts={t} />
    </>
  );
}
