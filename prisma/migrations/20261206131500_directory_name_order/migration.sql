-- The sociale kaart's alphabetical list (a search without words, docs/performance.md): read in
-- name order from this index and stop after the page, instead of sorting every listed organisation.
CREATE INDEX "Organisation_active_name_order_idx" ON "Organisation" (lower("name"), "id") WHERE "status" = 'ACTIVE';
