import { Table, Td, Th } from "@/components/ui/table";
import { RankingChart } from "@/components/vt-charts/ranking-chart";
import { format, messages } from "@/messages";
import { countText, percentageText, unknownText } from "./figure-text";
import { exportHref, type DashboardFilterInput } from "./search-params";
import type { Overview } from "./types";

const t = messages.dashboardCijfers.ranking;
const d = messages.dashboardCijfers;

type Row = NonNullable<Overview["ranking"]["total"]>;

function RankingRow({ row, label, strong = false }: { row: Row; label: string; strong?: boolean }) {
  return (
    <tr>
      <Td className="text-right tabular-nums">{row.rank ?? <span className="text-ink-muted">{t.notRanked}</span>}</Td>
      <th scope="row" className={`border-b border-line px-2 py-3 text-left align-top ${strong ? "font-bold" : "font-normal"}`}>
        {label}
      </th>
      <Td className="text-right tabular-nums whitespace-nowrap">{countText(row.numerator)}</Td>
      <Td className="text-right tabular-nums whitespace-nowrap">{countText(row.denominator)}</Td>
      <Td className="text-right tabular-nums whitespace-nowrap">
        {percentageText(row.value)}
        {row.value.provisional ? <span className="block text-base">{d.provisional}</span> : null}
      </Td>
    </tr>
  );
}

/** The wijken on the indicator in the chosen period; a wijk without a value is listed, not ranked. */
export function RankingSection({ overview, filter }: { overview: Overview; filter: DashboardFilterInput }) {
  const { period, rows, total } = overview.ranking;
  return (
    <section aria-labelledby="wijken-titel" className="mb-10">
      <h3 id="wijken-titel" className="mb-2 text-xl">
        {t.heading}
      </h3>
      {period && rows.length > 0 ? (
        <>
          <RankingChart
            id="wijken-grafiek"
            title={format(t.chartTitle, { period: period.label })}
            description={format(t.intro, { period: period.label })}
            kind="percentage"
            rowHeader={t.area}
            valueLabel={t.percentage}
            rows={rows.map((row) => ({
              key: row.area.code,
              label: row.area.name,
              value: row.value.status === "VALUE" ? row.value.percentage : null,
              provisional: row.value.provisional,
              ...(row.value.status === "VALUE" ? {} : { noValueText: unknownText(row.value.status) }),
            }))}
            csvHref={exportHref("ranking", filter)}
          />
          <Table
            caption={format(t.caption, { period: period.label })}
            head={
              <>
                <Th className="text-right">{t.rank}</Th>
                <Th>{t.area}</Th>
                <Th className="text-right">{t.numerator}</Th>
                <Th className="text-right">{t.denominator}</Th>
                <Th className="text-right">{t.percentage}</Th>
              </>
            }
          >
            {rows.map((row) => (
              <RankingRow key={row.area.id} row={row} label={row.area.name} />
            ))}
            {total ? <RankingRow row={total} label={format(t.total, { name: total.area.name })} strong /> : null}
          </Table>
        </>
      ) : (
        <p>{messages.dashboardCijfers.breakdowns.none}</p>
      )}
    </section>
  );
}
