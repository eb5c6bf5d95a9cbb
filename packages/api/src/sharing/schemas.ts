import { z } from "zod";

export const sharingCompareInput = z.object({
  fromOrganisationId: z.string().trim().min(1).max(100),
  toOrganisationId: z.string().trim().min(1).max(100),
});
