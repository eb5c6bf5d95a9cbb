import { z } from "../zod-dutch.ts";

export const sharingCompareInput = z.object({
  fromOrganisationId: z.string().trim().min(1).max(100),
  toOrganisationId: z.string().trim().min(1).max(100),
});

/** The most organisations one picker search returns: a list to choose from, not a directory. */
export const ORGANISATION_PICKER_LIMIT = 10;
export const ORGANISATION_PICKER_QUERY_MAX = 100;

export const organisationPickerInput = z.object({
  q: z.string().trim().max(ORGANISATION_PICKER_QUERY_MAX, `Een zoekterm heeft hoogstens ${ORGANISATION_PICKER_QUERY_MAX} tekens.`),
});

export const organisationsByIdInput = z.object({
  ids: z.array(z.string().trim().min(1).max(100)).max(2),
});
