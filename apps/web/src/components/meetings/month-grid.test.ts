import { describe, expect, it } from "vitest";
import { meetingListHref, parseMeetingSearchParams, shiftMonth } from "./meeting-search-params";
import { dayLabel, monthGrid, monthLabel } from "./month-grid";

describe("month calendar grid", () => {
  it("starts weeks on Monday and places meetings on their Amsterdam day", () => {
    // December 2026 starts on a Tuesday and has 31 days: five weeks.
    const late = { id: "a", startsAt: new Date("2026-12-02T23:30:00Z") }; // 00:30 on 3 December in Amsterdam
    const weeks = monthGrid("2026-12", [late]);
    expect(weeks).toHaveLength(5);
    expect(weeks[0]![0]).toBeNull();
    expect(weeks[0]![1]!.date).toBe("2026-12-01");
    expect(weeks[0]![3]!.items).toEqual([late]);
    expect(weeks[4]![3]!.date).toBe("2026-12-31");
    expect(weeks[4]![4]).toBeNull();
    expect(monthLabel("2026-12")).toBe("december 2026");
    expect(dayLabel("2026-12-03")).toBe("donderdag 3 december");
  });
});

describe("werkateliers URL parameters", () => {
  const now = new Date("2026-11-30T23:30:00Z"); // already 1 December in Amsterdam

  it("reads view, month and filters, dropping unknown values", () => {
    const search = parseMeetingSearchParams({ weergave: "maand", maand: "2027-02", soort: ["WERKATELIER", "ONZIN"], thema: "PREVENTIE" }, now);
    expect(search).toEqual({ view: "maand", month: "2027-02", badMonth: false, types: ["WERKATELIER"], themes: ["PREVENTIE"] });
    expect(meetingListHref(search)).toBe("/werkateliers?weergave=maand&maand=2027-02&soort=WERKATELIER&thema=PREVENTIE");
    expect(meetingListHref(search, { view: "lijst" })).toBe("/werkateliers?soort=WERKATELIER&thema=PREVENTIE");
  });

  it("falls back to the current Amsterdam month", () => {
    expect(parseMeetingSearchParams({}, now)).toMatchObject({ view: "lijst", month: "2026-12", badMonth: false });
    expect(parseMeetingSearchParams({ weergave: "maand", maand: "2026-13" }, now)).toMatchObject({ month: "2026-12", badMonth: true });
  });

  it("moves between months across the year", () => {
    expect(shiftMonth("2026-12", 1)).toBe("2027-01");
    expect(shiftMonth("2027-01", -1)).toBe("2026-12");
  });
});
