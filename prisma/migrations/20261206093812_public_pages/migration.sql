-- CreateTable
CREATE TABLE "PublicPage" (
    "municipalityCode" TEXT NOT NULL,
    "intro" JSONB NOT NULL DEFAULT '{}',
    "featuredOrganisationIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PublicPage_pkey" PRIMARY KEY ("municipalityCode")
);

-- AddForeignKey
ALTER TABLE "PublicPage" ADD CONSTRAINT "PublicPage_municipalityCode_fkey" FOREIGN KEY ("municipalityCode") REFERENCES "Municipality"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- Issue 15: the public residents' pages are cached in each web process and must be rebuilt when
-- what they show changes, also when another process made the change. One statement-level trigger
-- per table a public page reads sends NOTIFY on channel kk_public_pages when its transaction
-- commits (PostgreSQL folds identical notifications of one transaction into one).
CREATE FUNCTION kk_notify_public_pages() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('kk_public_pages', TG_TABLE_NAME);
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Organisation_notify_public_pages" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Organisation"
  FOR EACH STATEMENT EXECUTE FUNCTION kk_notify_public_pages();
CREATE TRIGGER "OrganisationMunicipality_notify_public_pages" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "OrganisationMunicipality"
  FOR EACH STATEMENT EXECUTE FUNCTION kk_notify_public_pages();
CREATE TRIGGER "Municipality_notify_public_pages" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Municipality"
  FOR EACH STATEMENT EXECUTE FUNCTION kk_notify_public_pages();
CREATE TRIGGER "Area_notify_public_pages" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Area"
  FOR EACH STATEMENT EXECUTE FUNCTION kk_notify_public_pages();
CREATE TRIGGER "PublicPage_notify_public_pages" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PublicPage"
  FOR EACH STATEMENT EXECUTE FUNCTION kk_notify_public_pages();
