import { z } from "../zod-dutch.ts";

export const OUTBOX_PAGE_SIZE = 25;

export const listOutboxInput = z.object({
  kind: z.string().trim().max(60).optional(),
  /** Keyset pagination: "<createdAt ISO>_<id>" of the last message on the previous page. */
  before: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z_[a-z0-9]+$/, "Ongeldige paginering.")
    // The right shape can still hold no date ("0000-00-00T0Z"): refused here, not sent to the database.
    .refine((cursor) => !Number.isNaN(new Date(cursor.slice(0, cursor.lastIndexOf("_"))).getTime()), "Ongeldige paginering.")
    .optional(),
});
export type ListOutboxInput = z.input<typeof listOutboxInput>;
