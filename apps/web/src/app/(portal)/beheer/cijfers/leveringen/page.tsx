import { can } from "@kk/auth/policy";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDay, formatMoment } from "@/components/vt-figure-entry/format";
import { notFoundOnMissing } from "@/components/vt-figure-entry/load-figures";
import { requireUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.cijfersBeheer.versions;
const labels = messages.cijfersBeheer.labels;

interface Props {
  searchParams: Promise<{ periode?: string | string[]; gebied?: string | string[] }>;
}

function one(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const period = one((await searchParams).periode) ?? "";
  return { title: format(t.title, { period: period.replace(/-H(\d)/, " $1e halfjaar") }) };
}

/** All versions (deliveries) of one period for a scope, newest first, each with a link to its values. */
export default async function FigureVersionsPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "figures.read")) forbidden();
  const params = await searchParams;
  const period = one(params.periode);
  if (!period) notFound();
  const api = await serverApi();
  const data = await api.figureEntry.deliveries({ period, scopeAreaId: one(params.gebied) }).catch(notFoundOnMissing);
  const label = data.period.label;
  const current = data.versions.find((v) => v.current);

  return (
    <>
      <p className="mb-4">
        <Link href="/beheer/cijfers">{t.back}</Link>
      </p>
      <PageHeader
        title={format(t.title, { period: label })}
        intro={<p>{format(t.intro, { period: label, scope: data.scope.name })}</p>}
        actions={
          current && can(user, "figures.manage") ? (
            <ButtonLink href={`/beheer/cijfers/invoeren?periode=${encodeURIComponent(data.period.code)}&gebied=${encodeURIComponent(data.scope.id)}`}>{t.correct}</ButtonLink>
          ) : null
        }
      />
      {data.versions.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <Table
          caption={format(t.caption, { period: label })}
          captionHidden
          head={
            <>
              <Th>{t.version}</Th>
              <Th>{t.status}</Th>
              <Th>{t.source}</Th>
              <Th>{t.deliveredAt}</Th>
              <Th>{t.method}</Th>
              <Th>{t.importedBy}</Th>
              <Th>{t.note}</Th>
            </>
          }
        >
          {data.versions.map((v) => (
            <tr key={v.id} data-testid="figure-version-row">
              <Th scope="row" className="border-b border-line align-top">
                <Link href={`/beheer/cijfers/leveringen/${v.id}`}>{format(t.view, { version: v.version })}</Link>
                <span className="block font-normal">{v.current ? <strong>{t.current}</strong> : t.superseded}</span>
              </Th>
              <Td>{v.provisional ? <strong>{labels.provisional}</strong> : labels.final}</Td>
              <Td>{v.source}</Td>
              <Td className="whitespace-nowrap">{formatDay(v.deliveredAt)}</Td>
              <Td>
                {labels.methods[v.method] ?? v.method}
                {v.fileName ? <span className="block text-ink-muted">{v.fileName}</span> : null}
              </Td>
              <Td>
                {v.importedBy ?? "–"}
                <span className="block whitespace-nowrap text-ink-muted">{formatMoment(v.createdAt)}</span>
              </Td>
              <Td className="min-w-48 whitespace-pre-line">{v.note || "–"}</Td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
