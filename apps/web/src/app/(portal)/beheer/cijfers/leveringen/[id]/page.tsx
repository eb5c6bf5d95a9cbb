import { can } from "@kk/auth/policy";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { cache } from "react";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Th } from "@/components/ui/table";
import { DeliveryCell } from "@/components/vt-figure-entry/delivery-cell";
import { formatDay, formatMoment } from "@/components/vt-figure-entry/format";
import { notFoundOnMissing } from "@/components/vt-figure-entry/load-figures";
import { requireUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.cijfersBeheer.delivery;
const v = messages.cijfersBeheer.versions;
const labels = messages.cijfersBeheer.labels;

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ opgeslagen?: string | string[] }>;
}

const loadDelivery = cache(async (id: string) => {
  const api = await serverApi();
  return api.figureEntry.delivery({ id }).catch(notFoundOnMissing);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requireUser();
  if (!can(user, "figures.read")) return {};
  const data = await loadDelivery((await params).id);
  return { title: format(t.title, { period: data.delivery.period.label, version: data.delivery.version }) };
}

/** One version of a period's figures: its values as tables, with the cells that differ from the previous version marked. */
export default async function FigureDeliveryPage({ params, searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "figures.read")) forbidden();
  const data = await loadDelivery((await params).id);
  const { delivery, previous, next, totals, reporterGroups, forms } = data;
  const period = delivery.period.label;
  const versionsHref = `/beheer/cijfers/leveringen?periode=${encodeURIComponent(delivery.period.code)}&gebied=${encodeURIComponent(delivery.scopeArea.id)}`;
  const changeText = !previous
    ? t.firstVersion
    : data.changedCount === 0
      ? format(t.changedNone, { version: previous.version })
      : format(data.changedCount === 1 ? t.changedOne : t.changedSome, { count: data.changedCount, version: previous.version });

  return (
    <>
      <p className="mb-4">
        <Link href={versionsHref}>{format(t.back, { period })}</Link>
      </p>
      <PageHeader title={format(t.title, { period, version: delivery.version })} caption={delivery.scopeArea.name} />
      {(await searchParams).opgeslagen ? (
        <Notice tone="success" role="status">
          <p>{format(messages.cijfersBeheer.entry.saved, { period, version: delivery.version })}</p>
        </Notice>
      ) : null}
      {delivery.provisional ? (
        <Notice tone="warning">
          <p>
            <strong>{labels.provisional}:</strong> {t.provisionalNotice}
          </p>
        </Notice>
      ) : null}
      <p className="mb-2 text-lg">{delivery.current ? t.current : next ? format(t.superseded, { version: next.version }) : null}</p>
      <p className="mb-6" data-testid="change-summary">
        {changeText}
      </p>

      <nav aria-label={v.caption.replace("{period}", period)} className="mb-8">
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {previous ? (
            <li>
              <Link href={`/beheer/cijfers/leveringen/${previous.id}`} rel="prev">
                ← {format(t.previous, { version: previous.version })}
              </Link>
            </li>
          ) : null}
          {next ? (
            <li>
              <Link href={`/beheer/cijfers/leveringen/${next.id}`} rel="next">
                {format(t.next, { version: next.version })} →
              </Link>
            </li>
          ) : null}
        </ul>
      </nav>

      <section aria-labelledby="delivery-meta" className="mb-8">
        <h2 id="delivery-meta" className="mb-3 text-xl">
          {t.meta}
        </h2>
        <dl className="grid max-w-3xl gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{v.source}</dt>
          <dd>{delivery.source}</dd>
          <dt className="font-semibold">{v.deliveredAt}</dt>
          <dd>{formatDay(delivery.deliveredAt)}</dd>
          <dt className="font-semibold">{v.status}</dt>
          <dd>{delivery.provisional ? labels.provisional : labels.final}</dd>
          <dt className="font-semibold">{v.method}</dt>
          <dd>
            {labels.methods[delivery.method] ?? delivery.method}
            {delivery.fileName ? ` (${delivery.fileName})` : ""}
          </dd>
          <dt className="font-semibold">{v.importedBy}</dt>
          <dd>
            {delivery.importedBy ?? "–"}, {formatMoment(delivery.createdAt)}
          </dd>
          {delivery.note ? (
            <>
              <dt className="font-semibold">{v.note}</dt>
              <dd className="whitespace-pre-line">{delivery.note}</dd>
            </>
          ) : null}
        </dl>
      </section>

      <p className="mb-4 max-w-3xl text-ink-muted">{t.legend}</p>

      {totals.measures.length > 0 ? (
        <div className="mb-10">
          <Table
            caption={format(t.totalsCaption, { period, version: delivery.version })}
            head={
              <>
                <Th>{messages.cijfersBeheer.entry.area}</Th>
                {totals.measures.map((m) => (
                  <Th key={m} className="text-right whitespace-normal">
                    {labels.measures[m]}
                  </Th>
                ))}
              </>
            }
          >
            {totals.rows.map((row) => (
              <tr key={row.area.id}>
                <Th scope="row" className={`border-b border-line ${row.area.kind === "WIJK" ? "font-normal" : ""}`}>
                  {row.area.name}
                </Th>
                {row.cells.map((cell) => (
                  <DeliveryCell key={cell.measure} cell={cell} />
                ))}
              </tr>
            ))}
          </Table>
        </div>
      ) : null}

      {[
        { table: reporterGroups, caption: t.reporterCaption },
        { table: forms, caption: t.formCaption },
      ].map(({ table, caption }) =>
        table.columns.length === 0 ? null : (
          <div key={caption} className="mb-10 max-w-2xl">
            <Table
              caption={format(caption, { period, version: delivery.version })}
              head={
                <>
                  <Th>{messages.cijfersBeheer.entry.key}</Th>
                  {table.columns.map((c) => (
                    <Th key={c.id} className="text-right">
                      {c.name}
                    </Th>
                  ))}
                </>
              }
            >
              {table.rows.map((row) => (
                <tr key={row.key}>
                  <Th scope="row" className="border-b border-line font-normal">
                    {labels.keys[row.key] ?? row.key}
                  </Th>
                  {row.cells.map((cell) => (
                    <DeliveryCell key={cell.areaId} cell={cell} />
                  ))}
                </tr>
              ))}
            </Table>
          </div>
        ),
      )}
    </>
  );
}
