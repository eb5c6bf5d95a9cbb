import { z } from "../zod-dutch.ts";

// The working area's (and an agreement's scope's) zod parts, free of the Prisma client and tRPC:
// the web forms import them (issue 18, ./working-area.ts).

/** A CBS gemeentecode: GM and four digits. */
export const municipalityCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^GM\d{4}$/, "Een gemeentecode is GM gevolgd door vier cijfers, bijvoorbeeld GM0642.");

export const MUNICIPALITY_CODES_MAX = 100;

export const municipalityCodes = z
  .array(municipalityCode)
  .max(MUNICIPALITY_CODES_MAX, `Kies hoogstens ${MUNICIPALITY_CODES_MAX} gemeenten.`);

export const WORKING_AREA_MISSING = "Kies de gemeenten waar de organisatie werkt, of ‘Hele regio’.";
