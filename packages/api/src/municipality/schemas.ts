import { MUNICIPALITY_CODE_PATTERN, MUNICIPALITY_MESSAGES } from "@kk/db/municipality-code";
import { z } from "../zod-dutch.ts";

/** Adding a municipality on /beheer/gemeenten (issue 18); the same checks as `npm run region:add`. */
export const addMunicipalityInput = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(MUNICIPALITY_CODE_PATTERN, MUNICIPALITY_MESSAGES.code),
  name: z.string().trim().min(2, MUNICIPALITY_MESSAGES.name).max(80, MUNICIPALITY_MESSAGES.name),
  vtRegionCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^([A-Z0-9][A-Z0-9-]{1,19})?$/, MUNICIPALITY_MESSAGES.vtRegion)
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .optional(),
});
export type AddMunicipalityFormInput = z.input<typeof addMunicipalityInput>;
