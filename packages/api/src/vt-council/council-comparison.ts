import type { SessionUser } from "@kk/auth/roles";
import type { Db } from "@kk/db";
import { type LoadedFigures, NoFigureScopeError } from "../vt-dashboard/load-figures.ts";
import { figureMunicipalityFor } from "../vt-figures/figure-scope.ts";
import { MEASURE_LABELS } from "../vt-figures/import-types.ts";
import { type Figure, sumFigures } from "../vt-figures/indicator.ts";
import { type CellSuppressionReason, type CouncilCell, SMALL_COUNT_THRESHOLD, SUPPRESSION_REASON_TEXT } from "../vt-figures/suppression.ts";
import { COMPARISON_MEASURES, cubePeriods, REGION_TOTAL, regionPatternFor } from "./council-pattern.ts";
import { councilNumeratorMeasures, loadRegionMembers } from "./region-figures.ts";

/*
 * The council comparison (issue 18; docs/dashboard.md, "Per municipality and the comparison";
 * docs/adr/0025): per year, every municipality of the region and the region total, with children
 * 0–17, confirmed abuse, reports and advice requests as counts and per 1,000 children. Every count
 * is a cell of the region's one suppression pattern (council-pattern.ts, regionPatternFor), the
 * same pattern every municipality's own council view reads: a small count in a neighbour is hidden,
 * and the region total (the sum) is hidden with it where it would give the count back. A rate is
 * computed from a shown count only and is hidden with its count.
 */

export type ComparisonMeasure = (typeof COMPARISON_MEASURES)[number];

export type ComparisonRate =
  | { status: "VALUE"; perThousand: number; provisional: boolean }
  | { status: "MISSING"; provisional: boolean }
  | { status: "SUPPRESSED"; reason: "DERIVED" | "SOURCE"; provisional: boolean };

export interface ComparisonRow {
  /** The municipality's code, or "REGIO" for the region total. */
  key: string;
  label: string;
  isOwn: boolean;
  isRegion: boolean;
  /** Children 0–17 on 1 January (public CBS figures, never suppressed); null when unknown. */
  children: number | null;
  /** In the order of `measures`. */
  cells: { count: CouncilCell; rate: ComparisonRate }[];
}

export type CouncilComparison =
  | { available: false; message: string }
  | {
      available: true;
      region: { name: string };
      own: { code: string; name: string };
      /** The municipalities the caller may pick as their own (more than one for a region role). */
      municipalities: { code: string; name: string }[];
      measures: { key: ComparisonMeasure; label: string }[];
      /** Newest first. */
      years: { year: number; label: string; rows: ComparisonRow[] }[];
      footnotes: { reason: CellSuppressionReason | "DERIVED"; text: string }[];
      threshold: number;
      anyProvisional: boolean;
    };

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Per 1,000 children, one decimal; from a shown count only. */
export function comparisonRate(count: CouncilCell, children: number | null): ComparisonRate {
  const { provisional } = count;
  if (count.status === "SUPPRESSED") return { status: "SUPPRESSED", reason: count.reason === "SOURCE" ? "SOURCE" : "DERIVED", provisional };
  if (count.status === "MISSING" || children === null || children <= 0) return { status: "MISSING", provisional };
  return { status: "VALUE", perThousand: Math.round((count.value / children) * 10_000) / 10, provisional };
}

const childrenOf = (figures: LoadedFigures, year: number): Figure => figures.population(figures.scope.id, year);

export async function councilComparison(db: Db, actor: SessionUser, input: { municipalityCode?: string | undefined } = {}, regionDb: Db = db): Promise<CouncilComparison> {
  let own: LoadedFigures["scope"];
  let municipalities: { code: string; name: string }[];
  try {
    const chosen = await figureMunicipalityFor(db, actor, input.municipalityCode);
    own = chosen.municipality;
    municipalities = chosen.scope.municipalities.map((m) => ({ code: m.code, name: m.name }));
  } catch (error) {
    if (error instanceof NoFigureScopeError) return { available: false, message: error.message };
    throw error;
  }
  const [members, numerators, region] = await Promise.all([
    loadRegionMembers(regionDb, own),
    councilNumeratorMeasures(db),
    own.parentId ? db.area.findUnique({ where: { id: own.parentId }, select: { name: true } }) : Promise.resolve(null),
  ]);
  if (members.length < 2) return { available: false, message: "Er is geen andere gemeente in de regio om mee te vergelijken." };
  const pattern = regionPatternFor(members, numerators);
  const ordered = [...members].sort((a, b) => a.scope.name.localeCompare(b.scope.name, "nl"));
  const measures = COMPARISON_MEASURES.map((key) => ({ key, label: capitalise(MEASURE_LABELS[key]) }));
  const yearCodes = new Set(cubePeriods(members[0]?.periods ?? []).flatMap((e) => (e.period.kind === "YEAR" ? [e.period.code] : [])));
  for (const member of members.slice(1)) {
    const own = new Set(cubePeriods(member.periods).map((e) => e.period.code));
    for (const code of yearCodes) if (!own.has(code)) yearCodes.delete(code);
  }
  const usedReasons = new Set<CellSuppressionReason | "DERIVED">();
  let anyProvisional = false;
  const cellOf = (periodCode: string, areaKey: string, measure: ComparisonMeasure, children: number | null) => {
    const count = pattern.cell(periodCode, areaKey, measure);
    const rate = comparisonRate(count, children);
    if (count.status === "SUPPRESSED") usedReasons.add(count.reason);
    if (rate.status === "SUPPRESSED") usedReasons.add(rate.reason);
    anyProvisional ||= count.provisional;
    return { count, rate };
  };
  const years = [...yearCodes]
    .map(Number)
    .sort((a, b) => b - a)
    .map((year) => {
      const code = String(year);
      const rows: ComparisonRow[] = ordered.map((m) => {
        const children = childrenOf(m, year);
        const known = children.status === "VALUE" ? children.value : null;
        return { key: m.scope.code, label: m.scope.name, isOwn: m.scope.id === own.id, isRegion: false, children: known, cells: measures.map((measure) => cellOf(code, m.scope.id, measure.key, known)) };
      });
      const regionChildren = sumFigures(members.map((m) => childrenOf(m, year)));
      const regionKnown = regionChildren.status === "VALUE" ? regionChildren.value : null;
      rows.push({
        key: REGION_TOTAL,
        label: "Regio totaal",
        isOwn: false,
        isRegion: true,
        children: regionKnown,
        cells: measures.map((measure) => cellOf(code, REGION_TOTAL, measure.key, regionKnown)),
      });
      return { year, label: code, rows };
    });
  const reasonOrder: (CellSuppressionReason | "DERIVED")[] = ["PRIMARY", "COMPLEMENTARY", "DERIVED", "SOURCE"];
  return {
    available: true,
    region: { name: region?.name ?? "Regio" },
    own: { code: own.code, name: own.name },
    municipalities,
    measures,
    years,
    footnotes: reasonOrder.filter((reason) => usedReasons.has(reason)).map((reason) => ({ reason, text: SUPPRESSION_REASON_TEXT[reason] })),
    threshold: SMALL_COUNT_THRESHOLD,
    anyProvisional,
  };
}
