import { amsterdamDay, MEETING_TYPES, PLAN_THEMES } from "@kk/api/schemas";
import type { MeetingType, PlanTheme } from "@kk/db";

/** The Dutch names of the list's URL parameters: /werkateliers?weergave=maand&maand=2026-12&soort=…&thema=… */
export const MEETING_URL_PARAMS = { view: "weergave", month: "maand", type: "soort", theme: "thema" } as const;

export type MeetingView = "lijst" | "maand";

export interface MeetingListSearch {
  view: MeetingView;
  /** "2026-12"; always set (the current Amsterdam month when absent or invalid). */
  month: string;
  /** The month parameter was there but not a valid month. */
  badMonth: boolean;
  types: MeetingType[];
  themes: PlanTheme[];
}

type Params = Record<string, string | string[] | undefined>;

function all(params: Params, key: string): string[] {
  const value = params[key];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function only<T extends string>(allowed: readonly T[], values: string[]): T[] {
  return [...new Set(values.filter((v): v is T => (allowed as readonly string[]).includes(v)))];
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Reads the list's GET parameters; unknown values are dropped, a bad month becomes this month. */
export function parseMeetingSearchParams(params: Params, now: Date): MeetingListSearch {
  const view = all(params, MEETING_URL_PARAMS.view)[0] === "maand" ? "maand" : "lijst";
  const rawMonth = all(params, MEETING_URL_PARAMS.month)[0]?.trim() ?? "";
  const valid = MONTH.test(rawMonth);
  return {
    view,
    month: valid ? rawMonth : amsterdamDay(now).slice(0, 7),
    badMonth: rawMonth !== "" && !valid,
    types: only(MEETING_TYPES, all(params, MEETING_URL_PARAMS.type)),
    themes: only(PLAN_THEMES, all(params, MEETING_URL_PARAMS.theme)),
  };
}

/** "2026-12" plus or minus whole months. */
export function shiftMonth(month: string, by: number): string {
  const [year, m] = month.split("-").map(Number) as [number, number];
  const index = year * 12 + (m - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** The list URL for a search, with some parts changed (filters are kept when switching views). */
export function meetingListHref(search: MeetingListSearch, change: Partial<Pick<MeetingListSearch, "view" | "month">> = {}): string {
  const next = { ...search, ...change };
  const params = new URLSearchParams();
  if (next.view === "maand") {
    params.set(MEETING_URL_PARAMS.view, "maand");
    params.set(MEETING_URL_PARAMS.month, next.month);
  }
  for (const type of next.types) params.append(MEETING_URL_PARAMS.type, type);
  for (const theme of next.themes) params.append(MEETING_URL_PARAMS.theme, theme);
  const query = params.toString();
  return query ? `/werkateliers?${query}` : "/werkateliers";
}
