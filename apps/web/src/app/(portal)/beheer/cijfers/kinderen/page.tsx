import { can } from "@kk/auth/policy";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { formatCount } from "@/components/vt-figure-entry/format";
import { notFoundOnMissing } from "@/components/vt-figure-entry/load-figures";
import { PopulationForm } from "@/components/vt-figure-entry/population-form";
import { requireUser } from "@/lib/session";
import { serverApi } from "@/lib/trpc/server";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.cijfersBeheer.populations;

export const metadata: Metadata = { title: t.title };

interface Props {
  searchParams: Promise<{ gebied?: string | string[]; jaar?: string | string[]; scope?: string | string[] }>;
}

function one(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first === "" ? undefined : first;
}

/** Children 0-17 per area (the municipality and its wijken) and year, with a form to fill in or change one. */
export default async function PopulationsPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "figures.manage")) forbidden();
  const params = await searchParams;
  const api = await serverApi();
  const table = await api.figureEntry.populations({ scopeAreaId: one(params.scope) }).catch(notFoundOnMissing);
  const areaId = one(params.gebied) ?? "";
  const year = one(params.jaar) ?? "";
  const chosen = table.rows.find((r) => r.area.id === areaId)?.years.find((y) => String(y.year) === year);
  const areas = table.rows.map((r) => ({ id: r.area.id, name: r.area.name }));

  return (
    <>
      <p className="mb-4">
        <Link href="/beheer/cijfers">{t.back}</Link>
      </p>
      <PageHeader title={t.title} caption={table.scope.name} intro={<p>{t.intro}</p>} />
      <div className="mb-10">
        <Table
          caption={format(t.caption, { scope: table.scope.name })}
          head={
            <>
              <Th>{t.area}</Th>
              {table.years.map((y) => (
                <Th key={y} className="text-right">
                  {y}
                </Th>
              ))}
            </>
          }
        >
          {table.rows.map((row) => (
            <tr key={row.area.id}>
              <Th scope="row" className={`border-b border-line ${row.area.kind === "WIJK" ? "font-normal" : ""}`}>
                {row.area.name}
              </Th>
              {row.years.map((cell) => (
                <Td key={cell.year} className="text-right whitespace-nowrap tabular-nums">
                  {cell.children0to17 === null ? (
                    <strong className={cell.hasFigures ? "text-danger" : "text-ink-muted"}>{cell.hasFigures ? t.missingWithFigures : t.missing}</strong>
                  ) : (
                    formatCount(cell.children0to17)
                  )}
                  <Link
                    href={`/beheer/cijfers/kinderen?gebied=${encodeURIComponent(row.area.id)}&jaar=${cell.year}#populatie-formulier`}
                    className="block text-sm"
                    aria-label={format(t.editLabel, { area: row.area.name, year: cell.year })}
                  >
                    {t.edit}
                  </Link>
                </Td>
              ))}
            </tr>
          ))}
        </Table>
      </div>

      <section aria-labelledby="populatie-formulier" className="mb-8">
        <h2 id="populatie-formulier" className="mb-2 text-2xl" tabIndex={-1}>
          {t.formTitle}
        </h2>
        <p className="mb-6 max-w-3xl">{t.formIntro}</p>
        <PopulationForm
          key={`${areaId}-${year}`}
          areas={areas}
          initial={{ areaId, year, children0to17: chosen?.children0to17 != null ? String(chosen.children0to17) : "", source: chosen?.source ?? "" }}
        />
      </section>
    </>
  );
}
