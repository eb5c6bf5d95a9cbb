import { SECTORS } from "../directory/schemas.ts";
import { municipalityCode } from "../organisation/working-area-schemas.ts";
import { z } from "../zod-dutch.ts";

export const coverageMatrixInput = z.object({
  sectors: z.array(z.enum(SECTORS, "Kies een bestaande sector.")).max(SECTORS.length).default([]),
  /** Issue 18: organisations working in this municipality and agreements applying there; null = the region. */
  municipality: municipalityCode.nullable().default(null),
});

/** Network gaps (issue 18): in one municipality, or (null) in the whole region. */
export const networkGapsInput = z.object({ municipality: municipalityCode.nullable().default(null) }).default({ municipality: null });

const organisationId = z.string("Kies een organisatie.").trim().min(1, "Kies een organisatie.").max(100);

export const agreementsBetweenInput = z
  .object({ organisationA: organisationId, organisationB: organisationId })
  .refine((input) => input.organisationA !== input.organisationB, {
    message: "Kies twee verschillende organisaties.",
    path: ["organisationB"],
  });

export const agreementsOfOrganisationInput = z.object({ organisationId });
