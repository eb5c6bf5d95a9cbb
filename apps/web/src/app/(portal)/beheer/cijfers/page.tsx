import { can } from "@kk/auth/policy";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { ButtonLink } from "@/components/ui/button-link";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDay } from "@/components/vt-figure-entry/format";
import { requireUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const title = messages.nav.items["beheer-cijfers"];
const t = messages.cijfersBeheer.overview;
const labels = messages.cijfersBeheer.labels;

export const metadata: Metadata = { title };

/** Managing the Veilig Thuis figures (issue 6): every period's current version, versions, gaps; links to import, hand entry and children per area. */
export default async function FiguresAdminPage() {
  const user = await requireUser();
  if (!can(user, "figures.manage")) forbidden();
  const api = await serverApi();
  const { scopes } = await api.figureEntry.overview();

  return (
    <>
      <PageHeader title={title} intro={<p>{t.intro}</p>} />
      <nav aria-label={t.actionsLabel} className="mb-8">
        <ul className="flex flex-wrap gap-3">
          <li>
            <ButtonLink href="/beheer/cijfers/import" variant="primary">
              {t.importLink}
            </ButtonLink>
          </li>
          <li>
            <ButtonLink href="/beheer/cijfers/invoeren">{t.entryLink}</ButtonLink>
          </li>
          <li>
            <ButtonLink href="/beheer/cijfers/kinderen">{t.populationsLink}</ButtonLink>
          </li>
        </ul>
      </nav>

      {scopes.map(({ scope, periods, periodsWithoutFigures, missingYears, populations }) => (
        <section key={scope.id} aria-labelledby={`scope-${scope.id}`} className="mb-10">
          <h2 id={`scope-${scope.id}`} className="mb-4 text-2xl">
            {scope.name}
          </h2>
          {periods.length === 0 ? (
            <p className="mb-6">{format(t.noFigures, { scope: scope.name })}</p>
          ) : (
            <Table
              caption={format(t.periodsCaption, { scope: scope.name })}
              head={
                <>
                  <Th>{t.period}</Th>
                  <Th>{t.version}</Th>
                  <Th>{t.status}</Th>
                  <Th>{t.source}</Th>
                  <Th>{t.deliveredAt}</Th>
                  <Th>{t.method}</Th>
                  <Th>{t.versions}</Th>
                </>
              }
            >
              {periods.map((p) => (
                <tr key={p.code} data-testid="figure-period-row">
                  <Th scope="row" className="border-b border-line font-semibold">
                    {p.label}
                  </Th>
                  <Td>{format(t.versionValue, { version: p.current!.version })}</Td>
                  <Td>{p.current!.provisional ? <strong>{labels.provisional}</strong> : labels.final}</Td>
                  <Td>{p.current!.source}</Td>
                  <Td className="whitespace-nowrap">{formatDay(p.current!.deliveredAt)}</Td>
                  <Td>{labels.methods[p.current!.method] ?? p.current!.method}</Td>
                  {/* relative: the link's sr-only text stays inside the table's scroll box on a phone */}
                  <Td className="relative">
                    <Link href={`/beheer/cijfers/leveringen?periode=${encodeURIComponent(p.code)}&gebied=${encodeURIComponent(scope.id)}`}>
                      {t.viewVersions}
                      <span className="sr-only"> {p.label}</span>
                    </Link>{" "}
                    <span className="text-ink-muted">({p.versionCount === 1 ? t.versionCountOne : format(t.versionCount, { count: p.versionCount })})</span>
                  </Td>
                </tr>
              ))}
            </Table>
          )}

          {periodsWithoutFigures.length > 0 || missingYears.length > 0 ? (
            <div className="mt-6">
              <h3 className="mb-2 text-xl">{t.withoutFiguresTitle}</h3>
              {periodsWithoutFigures.length > 0 ? (
                <>
                  <p>{format(t.withoutFiguresIntro, { scope: scope.name })}</p>
                  <ul className="mb-2 list-disc pl-6">
                    {periodsWithoutFigures.map((p) => (
                      <li key={p.code}>{p.label}</li>
                    ))}
                  </ul>
                </>
              ) : null}
              {missingYears.length > 0 ? <p>{format(t.missingYears, { years: missingYears.join(", ") })}</p> : null}
            </div>
          ) : null}

          <div className="mt-6">
            <h3 className="mb-2 text-xl">{t.gapsTitle}</h3>
            {populations.gaps.length === 0 ? (
              <p>{t.noGaps}</p>
            ) : (
              <Notice tone="warning">
                <p>{t.gapsIntro}</p>
                <ul className="my-2 list-disc pl-6" data-testid="population-gaps">
                  {populations.gaps.map((g) => (
                    <li key={`${g.areaId}-${g.year}`}>{format(t.gapItem, { area: g.areaName, year: g.year })}</li>
                  ))}
                </ul>
                <Link href="/beheer/cijfers/kinderen">{t.gapsLink}</Link>
              </Notice>
            )}
          </div>
        </section>
      ))}
    </>
  );
}
