import { z } from "zod";

export const organisationBySlugInput = z.object({ slug: z.string().trim().min(1).max(200) });

export const organisationIdInput = z.object({ organisationId: z.string().trim().min(1).max(100) });

export const contactCardInput = z.object({
  slug: z.string().trim().min(1).max(200),
  contactId: z.string().trim().min(1).max(100),
});
