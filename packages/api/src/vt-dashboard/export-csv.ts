import type { SessionUser } from "@kk/auth/roles";
import type { Db } from "@kk/db";
import { TRPCError } from "@trpc/server";
import { recordAudit } from "../audit/record-audit.ts";
import { toCsv } from "../directory-export/csv.ts";
import type { Figure, IndicatorValue } from "../vt-figures/indicator.ts";
import { ON_TRACK_VERDICT_LABEL } from "../vt-figures/on-track.ts";
import { type DashboardOverview, dashboardOverview } from "./overview.ts";
import type { DashboardDataset, DashboardFilter } from "./schemas.ts";

/*
 * The dashboard's data tables as CSV for Excel (UTF-8 with BOM, ";", CRLF, formula-safe: the
 * sociale kaart's writer). Numbers are written for a Dutch Excel: whole counts without a
 * thousands separator, percentages with a decimal comma and without "%" so they stay numbers.
 * An unknown figure has an empty number cell and its status in the next column, never 0.
 */

export interface CsvTable {
  header: string[];
  rows: string[][];
}

type Available = Extract<DashboardOverview, { available: true }>;

const STATUS_TEXT: Record<Figure["status"], string> = { VALUE: "waarde", MISSING: "ontbreekt", SUPPRESSED: "afgeschermd door de bron" };

const yesNo = (flag: boolean): string => (flag ? "ja" : "nee");
const countCell = (figure: Figure): string => (figure.status === "VALUE" ? String(figure.value) : "");
const percentCell = (value: number | null): string => (value === null ? "" : value.toFixed(2).replace(".", ","));
const indicatorPercent = (value: IndicatorValue): number | null => (value.status === "VALUE" ? value.percentage : null);

export function indicatorTable(overview: Available): CsvTable {
  return {
    header: ["periode", "code", "teller", "noemer", "percentage", "status", "voorlopig", "streeflijn", "koers", "toelichting", "versie", "bron"],
    rows: overview.outcome.rows.map((row) => [
      row.period.label,
      row.period.code,
      countCell(row.numerator),
      countCell(row.denominator),
      percentCell(indicatorPercent(row.value)),
      STATUS_TEXT[row.value.status],
      yesNo(row.value.provisional),
      percentCell(row.pathValue),
      row.assessment ? ON_TRACK_VERDICT_LABEL[row.assessment.verdict] : "",
      row.assessment?.explanation ?? "",
      row.period.delivery ? String(row.period.delivery.version) : "",
      row.period.delivery?.source ?? "",
    ]),
  };
}

export function signalsTable(overview: Available): CsvTable {
  const views = [...overview.signals, ...(overview.workload ? [overview.workload] : [])];
  return {
    header: ["periode", "code", "maatregel", "aantal", "status", "voorlopig", "verandering", "lezing"],
    rows: views.flatMap((view) =>
      view.rows.map((row) => [row.period.label, row.period.code, view.label, countCell(row.figure), STATUS_TEXT[row.figure.status], yesNo(row.figure.provisional), row.trend?.text ?? "", view.readingText]),
    ),
  };
}

export function breakdownsTable(overview: Available): CsvTable {
  const period = overview.breakdowns.period;
  return {
    header: ["periode", "code", "uitsplitsing", "categorie", "aantal", "status", "aandeel van het totaal", "voorlopig"],
    rows: period
      ? overview.breakdowns.views.flatMap((view) => [
          ...view.rows.map((row) => [period.label, period.code, view.label, row.label, countCell(row.figure), STATUS_TEXT[row.figure.status], percentCell(row.share), yesNo(row.figure.provisional)]),
          [period.label, period.code, view.label, "Totaal meldingen kindermishandeling", countCell(view.total), STATUS_TEXT[view.total.status], percentCell(view.total.status === "VALUE" ? 100 : null), yesNo(view.total.provisional)],
        ])
      : [],
  };
}

export function rankingTable(overview: Available): CsvTable {
  const period = overview.ranking.period;
  const rows = [...overview.ranking.rows, ...(overview.ranking.total ? [overview.ranking.total] : [])];
  return {
    header: ["periode", "code", "rang", "gebied", "gebiedscode", "teller", "noemer", "percentage", "status", "voorlopig"],
    rows: period
      ? rows.map((row) => [
          period.label,
          period.code,
          row.rank === null ? "" : String(row.rank),
          row.area.name,
          row.area.code,
          countCell(row.numerator),
          countCell(row.denominator),
          percentCell(indicatorPercent(row.value)),
          STATUS_TEXT[row.value.status],
          yesNo(row.value.provisional),
        ])
      : [],
  };
}

const TABLES: Record<DashboardDataset, (overview: Available) => CsvTable> = {
  indicator: indicatorTable,
  signals: signalsTable,
  breakdowns: breakdownsTable,
  ranking: rankingTable,
};

const FILE_NAMES: Record<DashboardDataset, string> = {
  indicator: "indicator",
  signals: "meldingen-en-adviezen",
  breakdowns: "uitsplitsingen",
  ranking: "wijken",
};

/** File name with scope and filter, e.g. "veilig-thuis-indicator-GM0642-2014-2018-jaar.csv". */
export function dashboardCsvFileName(overview: Available, dataset: DashboardDataset): string {
  const { fromYear, toYear, periodKind, periodCode } = overview.filter;
  const period = dataset === "breakdowns" || dataset === "ranking" ? (periodCode ?? "geen-periode") : `${fromYear}-${toYear}-${periodKind === "YEAR" ? "jaar" : "halfjaar"}`;
  return `veilig-thuis-${FILE_NAMES[dataset]}-${overview.scope.code}-${period}.csv`;
}

export function dashboardCsv(overview: Available, dataset: DashboardDataset): { fileName: string; body: string } {
  return { fileName: dashboardCsvFileName(overview, dataset), body: toCsv(TABLES[dataset](overview)) };
}

/** The download as the dashboard shows it, recorded in the audit log (raw figures leaving the portal). */
export async function exportDashboardCsv(db: Db, actor: SessionUser, dataset: DashboardDataset, filter: DashboardFilter): Promise<{ fileName: string; contentType: string; body: string }> {
  const overview = await dashboardOverview(db, actor, filter);
  if (!overview.available) throw new TRPCError({ code: "NOT_FOUND", message: overview.message });
  const file = dashboardCsv(overview, dataset);
  await db.$transaction((tx) =>
    recordAudit(tx, actor, {
      action: "figures.export",
      entityType: "FigureDelivery",
      entityId: overview.scope.id,
      after: { dataset, scope: overview.scope.code, filter: overview.filter, fileName: file.fileName },
    }),
  );
  return { ...file, contentType: "text/csv; charset=utf-8" };
}
