import { describe, expect, it } from "vitest";
import {
  amsterdamDay,
  amsterdamMonthRange,
  amsterdamOffsetMinutes,
  formatAmsterdamRange,
  fromAmsterdamLocal,
  toAmsterdamLocal,
} from "./amsterdam-time.ts";

describe("Amsterdam meeting times", () => {
  it("converts winter and summer wall-clock times to UTC and back", () => {
    expect(fromAmsterdamLocal("2026-12-03T13:30")?.toISOString()).toBe("2026-12-03T12:30:00.000Z");
    expect(fromAmsterdamLocal("2026-07-01T10:00")?.toISOString()).toBe("2026-07-01T08:00:00.000Z");
    expect(toAmsterdamLocal(new Date("2026-12-03T12:30:00Z"))).toBe("2026-12-03T13:30");
    expect(toAmsterdamLocal(new Date("2026-07-01T08:00:00Z"))).toBe("2026-07-01T10:00");
  });

  it("handles the night summer time ends (25 October 2026)", () => {
    const start = fromAmsterdamLocal("2026-10-25T01:30")!;
    const end = fromAmsterdamLocal("2026-10-25T03:30")!;
    expect(start.toISOString()).toBe("2026-10-24T23:30:00.000Z");
    expect(end.toISOString()).toBe("2026-10-25T02:30:00.000Z");
    // Two wall-clock hours, three real ones: the clock goes back from 03:00 to 02:00.
    expect((end.getTime() - start.getTime()) / 3_600_000).toBe(3);
    expect(amsterdamOffsetMinutes(start)).toBe(120);
    expect(amsterdamOffsetMinutes(end)).toBe(60);
    expect(formatAmsterdamRange(start, end)).toBe("zondag 25 oktober 2026 om 01:30–03:30");
    // The repeated hour: the first (summer-time) 02:30 is taken.
    expect(fromAmsterdamLocal("2026-10-25T02:30")?.toISOString()).toBe("2026-10-25T00:30:00.000Z");
  });

  it("refuses the hour that does not exist when summer time starts, and nonsense", () => {
    expect(fromAmsterdamLocal("2026-03-29T02:30")).toBeNull();
    expect(fromAmsterdamLocal("2026-03-29T03:00")?.toISOString()).toBe("2026-03-29T01:00:00.000Z");
    expect(fromAmsterdamLocal("2026-02-30T10:00")).toBeNull();
    expect(fromAmsterdamLocal("morgen")).toBeNull();
    expect(fromAmsterdamLocal("")).toBeNull();
  });

  it("gives the UTC range of an Amsterdam month and the Amsterdam day of an instant", () => {
    const december = amsterdamMonthRange("2026-12")!;
    expect(december.from.toISOString()).toBe("2026-11-30T23:00:00.000Z");
    expect(december.to.toISOString()).toBe("2026-12-31T23:00:00.000Z");
    const october = amsterdamMonthRange("2026-10")!;
    expect(october.from.toISOString()).toBe("2026-09-30T22:00:00.000Z");
    expect(october.to.toISOString()).toBe("2026-10-31T23:00:00.000Z");
    expect(amsterdamMonthRange("2026-13")).toBeNull();
    expect(amsterdamDay(new Date("2026-11-30T23:30:00Z"))).toBe("2026-12-01");
  });
});
