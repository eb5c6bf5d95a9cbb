import { MEETING_SECTORS } from "@kk/api/schemas";
import type { Sector } from "@kk/db";

/**
 * Every sector with the places stored for it ("" when none), in a fixed order: the form's sector
 * mix. Not in meeting-form.tsx, because the edit page (a server component) calls it too.
 */
export function sectorTargetValues(stored: ReadonlyArray<{ sector: Sector; places: number }> = []): Array<{ sector: Sector; places: string }> {
  return MEETING_SECTORS.map((sector) => {
    const places = stored.find((s) => s.sector === sector)?.places;
    return { sector, places: places ? String(places) : "" };
  });
}

