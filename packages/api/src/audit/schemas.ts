import { z } from "../zod-dutch.ts";

export const AUDIT_PAGE_SIZE = 50;

export const listAuditInput = z.object({
  entityType: z.string().trim().max(60).optional(),
  entityId: z.string().trim().max(60).optional(),
  actorId: z.string().trim().max(60).optional(),
  /** Keyset pagination: the id of the last event on the previous page. */
  before: z.string().regex(/^\d+$/, "Ongeldige paginering.").optional(),
});
export type ListAuditInput = z.input<typeof listAuditInput>;
