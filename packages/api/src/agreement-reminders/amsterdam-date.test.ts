import { describe, expect, it } from "vitest";
import { addDays, amsterdamToday, dateOnly, daysBetween, toDbDate } from "./amsterdam-date.ts";

describe("agreement calendar dates", () => {
  it("takes today from the Dutch clock, in summer and in winter time", () => {
    expect(amsterdamToday(new Date("2026-03-31T21:59:00Z"))).toBe("2026-03-31");
    expect(amsterdamToday(new Date("2026-03-31T22:30:00Z"))).toBe("2026-04-01");
    expect(amsterdamToday(new Date("2026-12-01T22:59:00Z"))).toBe("2026-12-01");
    expect(amsterdamToday(new Date("2026-12-01T23:00:00Z"))).toBe("2026-12-02");
  });

  it("does calendar arithmetic across months, years and the change to summer time", () => {
    expect(addDays("2026-12-01", 60)).toBe("2027-01-30");
    expect(addDays("2026-03-28", 2)).toBe("2026-03-30");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(daysBetween("2026-04-01", "2026-05-31")).toBe(60);
    expect(daysBetween("2026-12-02", "2026-12-01")).toBe(-1);
    expect(dateOnly(toDbDate("2028-02-29"))).toBe("2028-02-29");
  });
});
