import { councilCellText, formatPercentage } from "@kk/api/schemas";
import { Notice } from "@/components/ui/notice";
import { Table, Td, Th } from "@/components/ui/table";
import { CountChart } from "@/components/vt-charts/count-chart";
import { formsOfAbuseNotes } from "@/components/vt-charts/forms-of-abuse-note";
import { IndicatorChart } from "@/components/vt-charts/indicator-chart";
import { seriesBreak, seriesBreakNote } from "@/components/vt-charts/series-break";
import type { RouterOutputs } from "@/lib/trpc/types";
import { format } from "@/messages";
import * as messages from "@/messages/catalogue";
import { CouncilCellView, CouncilRateView, footnoteId } from "./council-cell";

const t = messages.dashboardRaad;

type Overview = RouterOutputs["council"]["overview"];
export type AvailableCouncilOverview = Extract<Overview, { available: true }>;
type TableView = AvailableCouncilOverview["breakdowns"][number];

const rowHeader = "border-b border-line px-2 py-3 text-left align-top";
const seriesBreakMarker = messages.dashboardCijfers.charts.seriesBreak.tableMarker;

function Verdict({ row }: { row: AvailableCouncilOverview["outcome"]["rows"][number] }) {
  if (!row.verdictLabel) return null;
  return (
    <>
      {row.verdictLabel}
      {row.verdict !== "NOT_APPLICABLE" && row.rate.provisional ? ` ${t.status.provisional}` : ""}
    </>
  );
}

function StatusPanel({ overview }: { overview: AvailableCouncilOverview }) {
  const { target, outcome } = overview;
  const latest = outcome.latest;
  return (
    <section aria-labelledby="raad-status" className="mb-10 border-l-8 border-brand p-4" data-testid="council-status">
      <h2 id="raad-status" className="mb-3 text-2xl">
        {t.status.heading}
      </h2>
      {!target ? (
        <p>{t.status.noTarget}</p>
      ) : (
        <>
          {latest ? (
            <p className="mb-3 text-xl font-bold">
              {t.status.latestLabel}: {latest.period.label} — <Verdict row={latest} />
            </p>
          ) : (
            <p className="mb-3">{t.status.noYear}</p>
          )}
          {latest?.explanation ? <p className="mb-3">{latest.explanation}</p> : null}
          <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">{t.status.target}</dt>
            <dd>{target.description}</dd>
            <dt className="font-semibold">{t.status.baseline}</dt>
            <dd>{format(t.status.baselineValue, { value: formatPercentage(target.baselineValue), year: target.baselineYear })}</dd>
            <dt className="font-semibold">{t.status.deadline}</dt>
            <dd>{new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeZone: "UTC" }).format(new Date(target.deadline))}</dd>
            <dt className="font-semibold">{t.status.rule}</dt>
            <dd>{target.ruleText}</dd>
          </dl>
        </>
      )}
    </section>
  );
}

function OutcomeSection({ overview }: { overview: AvailableCouncilOverview }) {
  const { outcome, target } = overview;
  const yearSeries = overview.filter.periodKind === "YEAR";
  return (
    <section aria-labelledby="raad-uitkomst" className="mb-10">
      <h2 id="raad-uitkomst" className="mb-3 text-2xl">
        {t.outcome.heading}
      </h2>
      <p className="mb-4">{outcome.readingText}</p>
      <IndicatorChart
        id="raad-indicator"
        title={t.outcome.chartTitle}
        points={outcome.rows.map((row) => ({
          periodCode: row.period.code,
          label: row.period.label,
          endsOn: row.period.endsOn,
          value: row.rate.status === "VALUE" ? row.rate.percentage : null,
          provisional: row.rate.provisional,
          ...(row.verdict ? { verdict: row.verdict } : {}),
          pathValue: row.pathValue,
          ...(row.rate.status === "SUPPRESSED" ? { noValueText: "afgeschermd" } : {}),
        }))}
        {...(target && yearSeries ? { target: { baselineYear: target.baselineYear, baselineValue: target.baselineValue, threshold: target.threshold, deadline: target.deadline, direction: target.direction } } : {})}
        {...(target ? { notes: [target.ruleText] } : {})}
        // The chart's own table carries period, rate, target line and verdict; the sentence per period is added to it.
        extraColumns={[{ label: t.outcome.explanation, wide: true, cells: Object.fromEntries(outcome.rows.map((row) => [row.period.code, row.explanation ?? ""])) }]}
      />
    </section>
  );
}

function SignalsSection({ overview }: { overview: AvailableCouncilOverview }) {
  const { signals, periods } = overview;
  return (
    <section aria-labelledby="raad-signalen" className="mb-10">
      <h2 id="raad-signalen" className="mb-3 text-2xl">
        {t.signals.heading}
      </h2>
      <CountChart
        id="raad-signalen-grafiek"
        title={t.signals.chartTitle}
        description={t.signals.goodNews}
        periods={periods.map((period) => ({ code: period.code, label: period.label }))}
        series={signals.map((series) => ({
          key: series.measure,
          label: series.label,
          // A hidden count is a gap labelled "< 10" or "afgeschermd", never a bar of some height.
          points: series.rows.map((row) => ({
            periodCode: row.period.code,
            value: row.cell.status === "VALUE" ? row.cell.value : null,
            provisional: row.cell.provisional,
            ...(row.cell.status === "VALUE" ? {} : { noValueText: councilCellText(row.cell) }),
          })),
        }))}
      />
      <p className="mt-6 mb-2">{signals[0]?.readingText}</p>
    </section>
  );
}

function CountTableView({ view, firstColumn }: { view: Pick<TableView, "caption" | "columns" | "rows">; firstColumn: string }) {
  // Rows by period cross the AMK → Veilig Thuis break (004 footnote 1) when they span 2015: mark it.
  const brk = seriesBreak(view.rows.map((row) => row.key));
  return (
    <>
      <Table
        caption={view.caption}
        head={
          <>
            <Th>{firstColumn}</Th>
            {view.columns.map((column) => (
              <Th key={column.key} className="text-right">
                {column.label}
              </Th>
            ))}
          </>
        }
      >
        {view.rows.map((row) => (
          <tr key={row.key} className={row.isTotal ? "font-bold" : undefined}>
            <th scope="row" className={`${rowHeader} ${row.isTotal ? "font-bold" : "font-normal"}`}>
              {row.label}
              {brk?.after === row.key ? <span className="block text-base font-semibold">{seriesBreakMarker}</span> : null}
            </th>
            {row.cells.map((cell, c) => (
              <Td key={view.columns[c]?.key ?? c} className="text-right">
                <CouncilCellView cell={cell} />
              </Td>
            ))}
          </tr>
        ))}
      </Table>
      {brk ? (
        <p className="mt-2 max-w-3xl" data-testid="series-break-note">
          {seriesBreakNote()}
        </p>
      ) : null}
    </>
  );
}

function WijkSection({ overview }: { overview: AvailableCouncilOverview }) {
  const { wijkRates, wijkForms } = overview;
  if (!wijkRates && !wijkForms) return null;
  return (
    <section aria-labelledby="raad-wijken" className="mb-10" data-testid="council-wijken">
      <h2 id="raad-wijken" className="mb-3 text-2xl">
        {t.wijken.heading}
      </h2>
      {wijkRates ? (
        <div className="mb-6">
          <Table
            caption={format(t.wijken.ratesCaption, { period: wijkRates.period.label })}
            head={
              <>
                <Th>{t.wijken.area}</Th>
                <Th className="text-right">{t.wijken.count}</Th>
                <Th className="text-right">{t.wijken.percentage}</Th>
              </>
            }
          >
            {wijkRates.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row" className={`${rowHeader} ${row.isTotal ? "font-bold" : "font-normal"}`}>
                  {row.label}
                </th>
                <Td className="text-right">
                  <CouncilCellView cell={row.count} />
                </Td>
                <Td className="text-right">
                  <CouncilRateView rate={row.rate} />
                </Td>
              </tr>
            ))}
          </Table>
        </div>
      ) : null}
      {wijkForms ? (
        <>
          <p className="mb-2">{t.wijken.formsIntro}</p>
          {formsOfAbuseNotes().map((note) => (
            <p key={note} className="mb-2 max-w-3xl" data-testid="forms-of-abuse-note">
              {note}
            </p>
          ))}
          <CountTableView view={wijkForms} firstColumn={t.wijken.area} />
        </>
      ) : null}
    </section>
  );
}

function BreakdownSection({ overview }: { overview: AvailableCouncilOverview }) {
  return (
    <section aria-labelledby="raad-uitsplitsingen" className="mb-10">
      <h2 id="raad-uitsplitsingen" className="mb-3 text-2xl">
        {t.breakdowns.heading}
      </h2>
      {overview.breakdowns.map((view) => (
        <div key={view.kind} className="mb-6">
          <p className="mb-2">{view.exclusive ? t.breakdowns.exclusive : t.breakdowns.notExclusive}</p>
          {view.kind === "FORM"
            ? formsOfAbuseNotes().map((note) => (
                <p key={note} className="mb-2 max-w-3xl" data-testid="forms-of-abuse-note">
                  {note}
                </p>
              ))
            : null}
          <CountTableView view={view} firstColumn={t.breakdowns.period} />
        </div>
      ))}
    </section>
  );
}

export function CouncilFootnotes({ overview }: { overview: Pick<AvailableCouncilOverview, "footnotes" | "anyProvisional"> }) {
  return (
    <section aria-labelledby="raad-voetnoten" className="mb-10" data-testid="council-footnotes">
      <h2 id="raad-voetnoten" className="mb-3 text-xl">
        {t.footnotes.heading}
      </h2>
      {overview.footnotes.length === 0 ? (
        <p>{t.footnotes.none}</p>
      ) : (
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          {overview.footnotes.map((footnote) => (
            <div key={footnote.reason} id={footnoteId(footnote.reason)} className="contents">
              <dt className="font-semibold">* {t.footnotes[footnote.reason]}</dt>
              <dd>{footnote.text}</dd>
            </div>
          ))}
        </dl>
      )}
      {overview.anyProvisional ? <p className="mt-3">{t.provisionalLegend}</p> : null}
    </section>
  );
}

/** The council's figures: status, outcome, signals, wijken, breakdowns and the footnotes on hidden cells. */
export function CouncilFigures({ overview }: { overview: AvailableCouncilOverview }) {
  if (overview.periods.length === 0) return <Notice>{t.noPeriods}</Notice>;
  return (
    <div data-testid="council-figures">
      <StatusPanel overview={overview} />
      <OutcomeSection overview={overview} />
      <SignalsSection overview={overview} />
      <WijkSection overview={overview} />
      <BreakdownSection overview={overview} />
      <CouncilFootnotes overview={overview} />
    </div>
  );
}
