import { describe, expect, it } from "vitest";
import { addWorkingDays, amsterdamCalendarDay, holidayOn, holidaysBetween, isWorkingDay } from "./working-days.ts";

/*
 * Expected dates counted by hand on a calendar (docs/adr/0014-working-days-date-holidays.md):
 * Easter 2025-04-20, 2026-04-05, 2027-03-28, 2028-04-16, 2029-04-01, 2030-04-21; Ascension is
 * Easter + 39 days, Whit Monday Easter + 50. The start day never counts.
 */
const cases: ReadonlyArray<{ start: string; days: number; due: string; why: string }> = [
  { start: "2025-04-17", days: 5, due: "2025-04-25", why: "Goede Vrijdag 18-04 counts, Tweede paasdag 21-04 does not" },
  { start: "2025-04-24", days: 5, due: "2025-05-01", why: "Koningsdag 2025 moves to Saturday 26-04 (27-04 is a Sunday): Monday 28-04 works" },
  { start: "2025-05-01", days: 5, due: "2025-05-09", why: "Bevrijdingsdag Monday 05-05-2025 is a lustrum year: a day off" },
  { start: "2025-05-27", days: 5, due: "2025-06-04", why: "Hemelvaartsdag 29-05" },
  { start: "2025-06-06", days: 5, due: "2025-06-16", why: "Tweede pinksterdag 09-06" },
  { start: "2025-12-23", days: 5, due: "2026-01-02", why: "both Christmas days and Nieuwjaarsdag" },
  { start: "2026-04-02", days: 5, due: "2026-04-10", why: "Goede Vrijdag 03-04 counts, Tweede paasdag 06-04 does not" },
  { start: "2026-04-24", days: 5, due: "2026-05-04", why: "Koningsdag Monday 27-04" },
  { start: "2026-05-01", days: 5, due: "2026-05-08", why: "Bevrijdingsdag 05-05-2026 is no lustrum: a working day" },
  { start: "2026-05-12", days: 5, due: "2026-05-20", why: "Hemelvaartsdag 14-05" },
  { start: "2026-05-22", days: 5, due: "2026-06-01", why: "Tweede pinksterdag 25-05" },
  { start: "2027-03-25", days: 5, due: "2027-04-02", why: "Tweede paasdag 29-03 (Easter in March)" },
  { start: "2027-04-26", days: 5, due: "2027-05-04", why: "Koningsdag Tuesday 27-04" },
  { start: "2027-05-05", days: 5, due: "2027-05-13", why: "Hemelvaartsdag 06-05" },
  { start: "2027-12-24", days: 5, due: "2027-12-31", why: "Christmas on Saturday and Sunday: no day in lieu" },
  { start: "2028-04-13", days: 5, due: "2028-04-21", why: "Tweede paasdag 17-04" },
  { start: "2028-04-26", days: 5, due: "2028-05-04", why: "Koningsdag Thursday 27-04" },
  { start: "2028-05-24", days: 5, due: "2028-06-01", why: "Hemelvaartsdag 25-05" },
  { start: "2028-06-02", days: 5, due: "2028-06-12", why: "Tweede pinksterdag 05-06" },
  { start: "2029-03-29", days: 5, due: "2029-04-06", why: "Goede Vrijdag 30-03 counts, Tweede paasdag 02-04 does not" },
  { start: "2029-04-26", days: 5, due: "2029-05-04", why: "Koningsdag Friday 27-04" },
  { start: "2029-05-09", days: 5, due: "2029-05-17", why: "Hemelvaartsdag 10-05" },
  { start: "2029-05-18", days: 5, due: "2029-05-28", why: "Tweede pinksterdag 21-05" },
  { start: "2030-04-18", days: 5, due: "2030-04-26", why: "Tweede paasdag 22-04; Koningsdag 27-04 is a Saturday" },
  { start: "2030-05-28", days: 5, due: "2030-06-05", why: "Hemelvaartsdag 30-05" },
  { start: "2030-06-07", days: 5, due: "2030-06-17", why: "Tweede pinksterdag 10-06" },
  { start: "2030-12-24", days: 5, due: "2031-01-03", why: "both Christmas days and Nieuwjaarsdag 2031" },
  { start: "2026-03-07", days: 5, due: "2026-03-13", why: "a request sent on Saturday: Monday is the first working day" },
  { start: "2026-12-18", days: 10, due: "2027-01-05", why: "an agreement's term of 10 working days over Christmas and New Year" },
  { start: "2026-03-09", days: 0, due: "2026-03-09", why: "zero days is the start day" },
  { start: "2026-03-09", days: 1, due: "2026-03-10", why: "the start day does not count" },
];

describe("addWorkingDays", () => {
  it.each(cases)("$start + $days → $due ($why)", ({ start, days, due }) => {
    expect(addWorkingDays(start, days)).toBe(due);
  });

  it("refuses what is not a calendar day or a whole number of days", () => {
    expect(() => addWorkingDays("2026-02-30", 5)).toThrow(RangeError);
    expect(() => addWorkingDays("2026-03-09", -1)).toThrow(RangeError);
    expect(() => addWorkingDays("2026-03-09", 1.5)).toThrow(RangeError);
  });
});

describe("holidayOn and isWorkingDay", () => {
  const days: ReadonlyArray<{ day: string; holiday: string | null; working: boolean }> = [
    { day: "2025-04-26", holiday: "Koningsdag", working: false },
    { day: "2025-04-27", holiday: null, working: false },
    { day: "2025-04-18", holiday: null, working: true },
    { day: "2025-05-05", holiday: "Bevrijdingsdag", working: false },
    { day: "2026-05-05", holiday: null, working: true },
    { day: "2030-05-05", holiday: "Bevrijdingsdag", working: false },
    { day: "2026-05-14", holiday: "Hemelvaartsdag", working: false },
    { day: "2026-12-25", holiday: "Kerstmis", working: false },
    { day: "2026-12-24", holiday: null, working: true },
    { day: "2026-12-31", holiday: null, working: true },
  ];
  it.each(days)("$day: $holiday", ({ day, holiday, working }) => {
    expect(holidayOn(day)).toBe(holiday);
    expect(isWorkingDay(day)).toBe(working);
  });
});

describe("holidaysBetween", () => {
  it("names the weekday holidays a term skips", () => {
    expect(holidaysBetween("2025-12-23", "2026-01-02").map((h) => h.day)).toEqual(["2025-12-25", "2025-12-26", "2026-01-01"]);
    expect(holidaysBetween("2027-12-24", "2027-12-31")).toEqual([]);
  });
});

describe("amsterdamCalendarDay", () => {
  it("is already the next day at 00:30 Dutch time", () => {
    expect(amsterdamCalendarDay(new Date("2026-02-28T23:30:00Z"))).toBe("2026-03-01");
    expect(amsterdamCalendarDay(new Date("2026-07-01T21:59:00Z"))).toBe("2026-07-01");
    expect(amsterdamCalendarDay(new Date("2026-07-01T22:00:00Z"))).toBe("2026-07-02");
  });
});
