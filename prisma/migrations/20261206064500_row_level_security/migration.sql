-- Row-level security on the municipality-owned tables (issue 18, docs/adr/0024-row-level-security.md).
-- Hand-written: Prisma does not model policies, so the drift check ignores them.
--
-- A connection says whose data it acts on with two settings, given at connection start by the
-- scoped clients (packages/db/src/client.ts, libpq option `-c kk.municipality=GM0642` or
-- `-c kk.scope=region`). A row is visible, and may be written, when its municipality is the
-- connection's, or when the connection acts for the whole region (then rows without a
-- municipality, region-level figures, too). Without a setting nothing is visible and nothing can be
-- written. Superusers and roles with BYPASSRLS skip all of this: the application's role has neither
-- (packages/db/src/migrations/app-role.ts).

-- The one rule, shared by every policy.
CREATE FUNCTION kk_in_municipality_scope(code text) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT coalesce(code = current_setting('kk.municipality', true), false)
      OR coalesce(current_setting('kk.scope', true) = 'region', false)
$$;

-- The pattern for a municipality-owned table (any table added later by a migration too):
--   SELECT kk_enable_municipality_rls('"NewTable"');
-- The table needs a "municipalityCode" column (kept by a trigger from its parent, ADR 0023).
CREATE FUNCTION kk_enable_municipality_rls(tbl regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
  -- FORCE: the table's owner is subject to the policy as well (a superuser still is not).
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
  EXECUTE format('DROP POLICY IF EXISTS kk_municipality_isolation ON %s', tbl);
  EXECUTE format(
    'CREATE POLICY kk_municipality_isolation ON %s USING (kk_in_municipality_scope("municipalityCode")) WITH CHECK (kk_in_municipality_scope("municipalityCode"))',
    tbl);
END $$;

SELECT kk_enable_municipality_rls('"FigureDelivery"');
SELECT kk_enable_municipality_rls('"FigureValue"');
SELECT kk_enable_municipality_rls('"AreaPopulation"');
SELECT kk_enable_municipality_rls('"Target"');
SELECT kk_enable_municipality_rls('"PlanActivity"');
SELECT kk_enable_municipality_rls('"PlanBudget"');
