-- The sociale kaart's alphabetical list (a search without words; ADR 0008, "Broad queries"): read in
-- name order from this index, filter, and stop at the end of the page, instead of sorting every listed
-- organisation. The filter columns are included so that the read needs no visit to the table
-- (an index-only scan). Prisma cannot model an expression index; its drift check ignores this one.
CREATE INDEX "Organisation_active_name_order_idx" ON "Organisation" (lower("name"), "id")
  INCLUDE ("name", "sector", "legalFrame", "type", "area", "regionWide", "services")
  WHERE "status" = 'ACTIVE';
