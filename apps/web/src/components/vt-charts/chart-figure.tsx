import type { ReactNode } from "react";
import { Table, Td, Th } from "../ui/table";
import { format } from "../../messages";
import * as messages from "../../messages/catalogue";
import type { ChartTableData } from "./chart-table";
import { CHART_COLOURS, DASH, LAYOUTS, type ChartLayout } from "./chart-style";
import { hatchLines } from "./geometry";

/*
 * ChartFigure: the accessible wrapper every Veilig Thuis chart uses (ADR 0013). Server component,
 * no client JavaScript. Usually you render IndicatorChart / CountChart / RankingChart /
 * BreakdownChart, which build the SVG, legend and table and pass them here; use ChartFigure
 * directly only for a new kind of chart:
 *
 *   <ChartFigure id="meldingen" title="Meldingen per jaar" description={readingText} summary="…"
 *     renderSvg={(layout) => <g>…</g>} svgHeight={(layout) => 280} table={table} legend={legend}
 *     csvHref="/dashboard/export/signals?van=2014&tot=2018" />
 *
 * Order: figcaption (title + description), one-sentence summary, the SVG (role="img", labelled by
 * the title, described by the summary), legend, notes, then ALWAYS the data table and the CSV link.
 */

const t = messages.dashboardCijfers.charts;

export type LegendSwatch =
  | "line"
  | "point-provisional"
  | "target"
  | "threshold"
  | "deadline"
  | "series-break"
  | "unknown"
  | "bar"
  | "bar-second"
  | "bar-third"
  | "bar-provisional"
  | "bar-second-provisional"
  | "bar-third-provisional";

export type LegendItem = { swatch: LegendSwatch; label: string };

export type ChartFigureProps = {
  /** Unique on the page; prefixes the ids of the caption, summary and SVG patterns. */
  id: string;
  title: string;
  /** Short description or reading text under the title (e.g. "Meer meldingen kan betekenen …"). */
  description?: string;
  /** One sentence saying what the chart shows; screen readers get it as the SVG's description. */
  summary: string;
  /** Draws the chart's content for one layout; called once per layout (phone and wide/print). */
  renderSvg: (layout: ChartLayout, idPrefix: string) => ReactNode;
  svgHeight: (layout: ChartLayout) => number;
  legend?: LegendItem[];
  /** Extra lines under the chart: axis break, suppression footnotes, the on-track rule. */
  notes?: string[];
  table: ChartTableData;
  /** The caller's CSV route for the same rows (chartTableToCsv); no link without it. */
  csvHref?: string;
};

export function ChartFigure(props: ChartFigureProps) {
  const titleId = `${props.id}-titel`;
  const summaryId = `${props.id}-samenvatting`;
  return (
    <figure className="mb-10 max-w-4xl break-inside-avoid-page" aria-labelledby={titleId}>
      <figcaption className="mb-2">
        <span id={titleId} className="block text-xl font-bold">
          {props.title}
        </span>
        {props.description ? <span className="mt-1 block max-w-3xl">{props.description}</span> : null}
      </figcaption>
      <p id={summaryId} className="mb-3 max-w-3xl">
        {props.summary}
      </p>
      {LAYOUTS.map((layout) => (
        <svg
          key={layout.name}
          viewBox={`0 0 ${layout.width} ${props.svgHeight(layout)}`}
          role="img"
          aria-labelledby={titleId}
          aria-describedby={summaryId}
          className={
            layout.name === "compact"
              ? "block h-auto w-full max-w-[30rem] md:hidden print:hidden"
              : "hidden h-auto w-full max-w-[45rem] md:block print:block"
          }
          fontFamily="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"
        >
          {props.renderSvg(layout, `${props.id}-${layout.name}`)}
        </svg>
      ))}
      {props.legend && props.legend.length > 0 ? <ChartLegend items={props.legend} /> : null}
      {props.notes && props.notes.length > 0 ? (
        <ul className="mb-4 max-w-3xl list-none p-0 text-base">
          {props.notes.map((note) => (
            <li key={note} className="mt-1">
              {note}
            </li>
          ))}
        </ul>
      ) : null}
      <ChartDataTable table={props.table} />
      {props.csvHref ? (
        <p className="mt-3">
          <a href={props.csvHref} download>
            {t.csvLink}
          </a>
          <span className="block text-base text-ink-muted">{t.csvHint}</span>
        </p>
      ) : null}
    </figure>
  );
}

/** The legend in HTML (not in the SVG), so it wraps and keeps its text size on any screen. */
export function ChartLegend({ items }: { items: LegendItem[] }) {
  return (
    <div className="my-3">
      <p className="sr-only">{t.legend}</p>
      <ul className="flex list-none flex-wrap gap-x-6 gap-y-2 p-0 text-base">
        {items.map((item) => (
          <li key={`${item.swatch}-${item.label}`} className="flex items-center gap-2">
            <LegendSwatchIcon swatch={item.swatch} />
            <span>{item.label}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function LegendSwatchIcon({ swatch }: { swatch: LegendSwatch }) {
  const { data, dataSecond, target, ink } = CHART_COLOURS;
  const line = (stroke: string, dash?: string) => <line x1="2" y1="10" x2="30" y2="10" stroke={stroke} strokeWidth="3" strokeDasharray={dash} />;
  const content: Record<LegendSwatch, ReactNode> = {
    line: (
      <>
        {line(data)}
        <circle cx="16" cy="10" r="5" fill={data} />
      </>
    ),
    "point-provisional": (
      <>
        {line(data, DASH.provisional)}
        <circle cx="16" cy="10" r="5" fill="#fff" stroke={data} strokeWidth="2.5" />
      </>
    ),
    target: line(target, DASH.target),
    threshold: line(ink, DASH.threshold),
    deadline: <line x1="16" y1="1" x2="16" y2="19" stroke={ink} strokeWidth="2" strokeDasharray={DASH.deadline} />,
    "series-break": (
      <>
        <line x1="13" y1="1" x2="13" y2="19" stroke={ink} strokeWidth="2" strokeDasharray={DASH.seriesBreak} />
        <line x1="19" y1="1" x2="19" y2="19" stroke={ink} strokeWidth="2" strokeDasharray={DASH.seriesBreak} />
      </>
    ),
    unknown: (
      <text x="16" y="15" textAnchor="middle" fontSize="14" fontWeight="700" fill={ink}>
        ?
      </text>
    ),
    bar: <rect x="6" y="2" width="20" height="16" fill={data} />,
    "bar-second": <rect x="6" y="2" width="20" height="16" fill={dataSecond} stroke={ink} strokeWidth="1.5" />,
    "bar-third": <rect x="6" y="2" width="20" height="16" fill="#fff" stroke={ink} strokeWidth="1.5" />,
    "bar-provisional": <HatchedRect colour={data} />,
    "bar-second-provisional": <HatchedRect colour={CHART_COLOURS.dataSecondInk} />,
    "bar-third-provisional": <HatchedRect colour={CHART_COLOURS.inkMuted} />,
  };
  return (
    <svg width="32" height="20" viewBox="0 0 32 20" aria-hidden="true" focusable="false" className="shrink-0">
      {content[swatch]}
    </svg>
  );
}

/**
 * The AMK → Veilig Thuis break in a series (004 footnote 1): a double dashed vertical line between the
 * last period before 2015 and the first after it, labelled "breuk" at the top.
 */
export function SeriesBreakMarker({ x, top, bottom }: { x: number; top: number; bottom: number }) {
  const { ink } = CHART_COLOURS;
  return (
    <g data-series-break="">
      <line x1={x - 3} x2={x - 3} y1={top} y2={bottom} stroke={ink} strokeWidth="1.5" strokeDasharray={DASH.seriesBreak} />
      <line x1={x + 3} x2={x + 3} y1={top} y2={bottom} stroke={ink} strokeWidth="1.5" strokeDasharray={DASH.seriesBreak} />
      <text x={x} y={top} dy="-0.3em" textAnchor="middle" fill={ink} fontWeight="700">
        {t.seriesBreak.label}
      </text>
    </g>
  );
}

function HatchedRect({ colour }: { colour: string }) {
  return (
    <>
      <rect x="6" y="2" width="20" height="16" fill="#fff" />
      {hatchLines(6, 2, 20, 16, 5).map((segment) => (
        <line key={`${segment.x1}-${segment.y1}`} {...segment} stroke={colour} strokeWidth="2" />
      ))}
      <rect x="6" y="2" width="20" height="16" fill="none" stroke={CHART_COLOURS.ink} strokeWidth="1.5" strokeDasharray="3 2" />
    </>
  );
}

/** The table alternative: always visible (printed, keyboard-reachable through the scroll region). */
export function ChartDataTable({ table }: { table: ChartTableData }) {
  return (
    <Table
      caption={table.caption}
      head={
        <>
          <Th>{table.rowHeader}</Th>
          {table.columns.map((column) => (
            <Th key={column.label} className={column.numeric ? "text-right" : ""}>
              {column.label}
            </Th>
          ))}
        </>
      }
    >
      {table.rows.map((row) => (
        <tr key={row.key}>
          <th scope="row" className="border-b border-line px-2 py-3 text-left align-top font-normal whitespace-nowrap">
            {row.header}
          </th>
          {row.cells.map((cell, index) => (
            <Td key={index} className={table.columns[index]?.numeric ? "text-right tabular-nums whitespace-nowrap" : table.columns[index]?.wide ? "min-w-64" : ""}>
              {cell}
            </Td>
          ))}
        </tr>
      ))}
    </Table>
  );
}

/** "Meldingen per jaar: de cijfers in een tabel". */
export function tableCaption(title: string): string {
  return format(t.tableCaption, { title });
}
