import { SECTORS } from "../directory/schemas.ts";
import { z } from "../zod-dutch.ts";

export const coverageMatrixInput = z.object({
  sectors: z.array(z.enum(SECTORS, "Kies een bestaande sector.")).max(SECTORS.length).default([]),
});

const organisationId = z.string("Kies een organisatie.").trim().min(1, "Kies een organisatie.").max(100);

export const agreementsBetweenInput = z
  .object({ organisationA: organisationId, organisationB: organisationId })
  .refine((input) => input.organisationA !== input.organisationB, {
    message: "Kies twee verschillende organisaties.",
    path: ["organisationB"],
  });

export const agreementsOfOrganisationInput = z.object({ organisationId });
