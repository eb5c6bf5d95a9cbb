import { describe, expect, it } from "vitest";
import { isStale, staleBefore } from "./staleness.ts";

describe("staleness", () => {
  const now = new Date("2026-11-25T10:00:00Z");

  it("counts an entry never confirmed as stale", () => {
    expect(isStale(null, now, 6)).toBe(true);
  });

  it("is stale one day past N calendar months, fresh one day before", () => {
    expect(isStale(new Date("2026-05-24T10:00:00Z"), now, 6)).toBe(true);
    expect(isStale(new Date("2026-05-26T10:00:00Z"), now, 6)).toBe(false);
  });

  it("clamps to the end of a shorter month instead of overflowing", () => {
    expect(staleBefore(new Date("2026-08-31T12:00:00Z"), 6).toISOString()).toBe("2026-02-28T12:00:00.000Z");
  });

  it("crosses a year boundary", () => {
    expect(staleBefore(new Date("2026-03-15T00:00:00Z"), 6).toISOString()).toBe("2025-09-15T00:00:00.000Z");
  });
});
