import { Table, Td, Th } from "@/components/ui/table";
import type { RouterOutputs } from "@/lib/trpc/types";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";
import { sectorLabel } from "./sector-label";

const t = messages.convenantenDekking.figures;

type Figures = RouterOutputs["agreementCoverage"]["figures"];

function formatToday(today: string): string {
  // `today` is a calendar date in Europe/Amsterdam ("YYYY-MM-DD"); noon UTC keeps it on that day.
  return new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeZone: "Europe/Amsterdam" }).format(new Date(`${today}T12:00:00Z`));
}

/**
 * The council's view of the agreements (issue 4: "the council sees figures only"): counts and
 * percentages from agreementCoverage.figures, which carries no titles or organisation names.
 */
export function AgreementFigures({ figures }: { figures: Figures }) {
  const coverage =
    figures.coveragePercentage === null
      ? t.coverageNone
      : format(t.coverageValue, { percentage: figures.coveragePercentage, covered: figures.coveredPairs, total: figures.totalPairs });
  const rows: { label: string; value: string | number }[] = [
    { label: t.activeAgreements, value: figures.activeAgreements },
    { label: t.coverage, value: coverage },
    { label: t.activeOrganisations, value: figures.activeOrganisations },
    { label: t.organisationsWithAgreement, value: figures.organisationsWithActiveAgreement },
    { label: format(t.lapsingSoon, { days: figures.lapsingWithinDays }), value: figures.lapsingSoon },
  ];
  return (
    <section aria-labelledby="afspraken-cijfers" className="mb-12">
      <h2 id="afspraken-cijfers" className="mb-2 text-2xl">
        {t.heading}
      </h2>
      <p className="mb-4 max-w-3xl">{format(t.intro, { date: formatToday(figures.today) })}</p>

      <dl className="mb-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {rows.map((row) => (
          <div key={row.label} className="border-l-8 border-brand bg-surface p-4">
            <dt className="font-semibold">{row.label}</dt>
            <dd className="mt-1 text-2xl font-bold">{row.value}</dd>
          </div>
        ))}
      </dl>

      {figures.bySectorPair.length > 0 ? (
        <>
          <p className="mb-2 max-w-3xl">{t.bySectorIntro}</p>
          <Table
            caption={t.bySectorCaption}
            head={
              <>
                <Th>{t.sectors}</Th>
                <Th className="text-right">{t.pairs}</Th>
                <Th className="text-right">{t.covered}</Th>
                <Th className="text-right">{t.percentage}</Th>
              </>
            }
          >
            {figures.bySectorPair.map((row) => (
              <tr key={`${row.sectorA}|${row.sectorB}`}>
                <th scope="row" className="border-b border-line px-2 py-3 text-left align-top font-normal">
                  {row.sectorA === row.sectorB
                    ? format(t.sectorWithin, { a: sectorLabel(row.sectorA) })
                    : format(t.sectorPair, { a: sectorLabel(row.sectorA), b: sectorLabel(row.sectorB) })}
                </th>
                <Td className="text-right">{row.totalPairs}</Td>
                <Td className="text-right">{row.coveredPairs}</Td>
                <Td className="text-right">{row.percentage === null ? t.percentageNone : `${row.percentage}%`}</Td>
              </tr>
            ))}
          </Table>
        </>
      ) : null}
    </section>
  );
}
