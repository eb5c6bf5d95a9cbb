import type { SessionUser } from "@kk/auth/roles";
import type { Db, PlanActivityStatus, PlanTheme } from "@kk/db";
import { NoFigureScopeError } from "../vt-dashboard/load-figures.ts";
import { figureMunicipalityFor } from "../vt-figures/figure-scope.ts";
// The plan's four themes in the plan's order; meetings use the same list.
import { PLAN_THEMES } from "../meeting/schemas.ts";

export interface PlanBudgetRow {
  year: number;
  /** The plan's budget line when it covers more than this activity; "" otherwise. */
  label: string;
  budgetedCents: number;
  /** Null: not known yet (never read as 0). */
  spentCents: number | null;
}

export interface PlanActivityRow {
  id: string;
  key: string | null;
  theme: PlanTheme | null;
  title: string;
  planning: string;
  /** ISO date ("2017-12-31") or null. */
  dueDate: string | null;
  owner: string;
  status: PlanActivityStatus;
  version: number;
  budgets: PlanBudgetRow[];
}

export interface PlanYearTotal {
  year: number;
  /** Budget lines in this year (0: nothing budgeted). */
  lines: number;
  budgetedCents: number;
  /** Null when the spend of any line is not known yet: a total of the known ones would look too small. */
  spentCents: number | null;
}

export interface PlanThemeProgress {
  /** Null: the activities for all themes (the municipal coordinator). */
  theme: PlanTheme | null;
  activities: PlanActivityRow[];
  totals: PlanYearTotal[];
}

export interface PlanProgress {
  /** Whose plan this is (issue 18: a plan per municipality); null when the caller acts for none. */
  municipality: { code: string; name: string } | null;
  /** The municipalities the caller may pick (more than one for a region role), by name. */
  municipalities: { code: string; name: string }[];
  /** Every year with a budget line, ascending. */
  years: number[];
  themes: PlanThemeProgress[];
  totals: PlanYearTotal[];
}

/** Totals per year over budget lines; spend only when every line's spend is known. */
export function yearTotals(years: readonly number[], budgets: readonly PlanBudgetRow[]): PlanYearTotal[] {
  return years.map((year) => {
    const lines = budgets.filter((b) => b.year === year);
    const budgetedCents = lines.reduce((sum, b) => sum + b.budgetedCents, 0);
    const spentCents = lines.some((b) => b.spentCents === null) ? null : lines.reduce((sum, b) => sum + (b.spentCents ?? 0), 0);
    return { year, lines: lines.length, budgetedCents, spentCents };
  });
}

/**
 * The plan van aanpak as it stands: per theme (all-themes first, then the plan's four in its
 * order) the activities with their budget lines, totals per theme and year, and the grand totals.
 */
export async function planProgress(db: Db, actor: SessionUser, municipalityCode?: string): Promise<PlanProgress> {
  let municipality: { code: string; name: string };
  let municipalities: { code: string; name: string }[];
  try {
    // Only the caller's municipality's plan (issue 18): another's code is NOT_FOUND.
    const chosen = await figureMunicipalityFor(db, actor, municipalityCode);
    municipality = { code: chosen.municipality.code, name: chosen.municipality.name };
    municipalities = chosen.scope.municipalities.map((m) => ({ code: m.code, name: m.name }));
  } catch (error) {
    if (!(error instanceof NoFigureScopeError)) throw error;
    return { municipality: null, municipalities: [], years: [], themes: [null, ...PLAN_THEMES].map((theme) => ({ theme, activities: [], totals: [] })), totals: [] };
  }
  const rows = await db.planActivity.findMany({
    where: { municipalityCode: municipality.code },
    orderBy: [{ position: "asc" }, { title: "asc" }],
    include: { budgets: { orderBy: { year: "asc" } } },
  });
  const activities: PlanActivityRow[] = rows.map((row) => ({
    id: row.id,
    key: row.key,
    theme: row.theme,
    title: row.title,
    planning: row.planning,
    dueDate: row.dueDate ? row.dueDate.toISOString().slice(0, 10) : null,
    owner: row.owner,
    status: row.status,
    version: row.version,
    budgets: row.budgets.map((b) => ({ year: b.year, label: b.label, budgetedCents: b.budgetedCents, spentCents: b.spentCents })),
  }));
  const allBudgets = activities.flatMap((a) => a.budgets);
  const years = [...new Set(allBudgets.map((b) => b.year))].sort((a, b) => a - b);
  const themes: PlanThemeProgress[] = [null, ...PLAN_THEMES].map((theme) => {
    const inTheme = activities.filter((a) => a.theme === theme);
    return { theme, activities: inTheme, totals: yearTotals(years, inTheme.flatMap((a) => a.budgets)) };
  });
  return { municipality, municipalities, years, themes, totals: yearTotals(years, allBudgets) };
}
