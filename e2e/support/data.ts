import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect } from "./fixtures.ts";

/** Helpers for journeys that create their own records (so no test shares a record with another). */

/** A short id that differs per call and per run, for unique titles and e-mail addresses. */
export function uniqueId(): string {
  return `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
}

/** "YYYY-MM-DD" in Amsterdam, `days` from today (what an `<input type="date">` holds). */
export function isoDay(days: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date(Date.now() + days * 86_400_000));
}

/** A tRPC mutation as the page's signed-in user, through the same endpoint the UI uses; fails the test unless it succeeds. */
export async function trpcPost<T>(page: Page, path: string, input: unknown): Promise<T> {
  const response = await page.request.post(`/api/trpc/${path}`, { data: { json: input } });
  expect(response.ok(), await response.text()).toBe(true);
  const body = (await response.json()) as { result: { data: { json: T } } };
  return body.result.data.json;
}

/** The page does not scroll sideways (checked on a 390 px wide phone viewport). */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "horizontal scroll on a 390px wide screen").toBeLessThanOrEqual(0);
}
