-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'REGIO_COORDINATOR';

-- DropIndex
DROP INDEX "PlanActivity_key_key";

-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "regionWide" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Area" ADD COLUMN     "municipalityCode" TEXT;

-- AlterTable
ALTER TABLE "AreaPopulation" ADD COLUMN     "municipalityCode" TEXT;

-- AlterTable
ALTER TABLE "FigureDelivery" ADD COLUMN     "municipalityCode" TEXT;

-- AlterTable
ALTER TABLE "FigureValue" ADD COLUMN     "municipalityCode" TEXT;

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "municipalityCode" TEXT;

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "regionWide" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "PlanActivity" ADD COLUMN     "municipalityCode" TEXT;

-- AlterTable
ALTER TABLE "PlanBudget" ADD COLUMN     "municipalityCode" TEXT;

-- AlterTable
ALTER TABLE "Target" ADD COLUMN     "municipalityCode" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "municipalityCode" TEXT;

-- CreateTable
CREATE TABLE "OrganisationMunicipality" (
    "organisationId" TEXT NOT NULL,
    "municipalityCode" TEXT NOT NULL,

    CONSTRAINT "OrganisationMunicipality_pkey" PRIMARY KEY ("organisationId","municipalityCode")
);

-- CreateTable
CREATE TABLE "AgreementMunicipality" (
    "agreementId" TEXT NOT NULL,
    "municipalityCode" TEXT NOT NULL,

    CONSTRAINT "AgreementMunicipality_pkey" PRIMARY KEY ("agreementId","municipalityCode")
);

-- CreateTable
CREATE TABLE "Municipality" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "areaId" TEXT NOT NULL,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Municipality_pkey" PRIMARY KEY ("code")
);

-- CreateIndex
CREATE INDEX "OrganisationMunicipality_municipalityCode_idx" ON "OrganisationMunicipality"("municipalityCode");

-- CreateIndex
CREATE INDEX "AgreementMunicipality_municipalityCode_idx" ON "AgreementMunicipality"("municipalityCode");

-- CreateIndex
CREATE UNIQUE INDEX "Municipality_areaId_key" ON "Municipality"("areaId");

-- CreateIndex
CREATE INDEX "Area_municipalityCode_idx" ON "Area"("municipalityCode");

-- CreateIndex
CREATE INDEX "FigureDelivery_municipalityCode_idx" ON "FigureDelivery"("municipalityCode");

-- CreateIndex
CREATE INDEX "FigureValue_municipalityCode_idx" ON "FigureValue"("municipalityCode");

-- CreateIndex
CREATE INDEX "Meeting_municipalityCode_idx" ON "Meeting"("municipalityCode");

-- CreateIndex
CREATE INDEX "PlanActivity_municipalityCode_idx" ON "PlanActivity"("municipalityCode");

-- CreateIndex
CREATE UNIQUE INDEX "PlanActivity_municipalityCode_key_key" ON "PlanActivity"("municipalityCode", "key");

-- CreateIndex
CREATE INDEX "PlanBudget_municipalityCode_idx" ON "PlanBudget"("municipalityCode");

-- CreateIndex
CREATE INDEX "Target_municipalityCode_idx" ON "Target"("municipalityCode");

-- CreateIndex
CREATE INDEX "User_municipalityCode_idx" ON "User"("municipalityCode");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_municipalityCode_fkey" FOREIGN KEY ("municipalityCode") REFERENCES "Municipality"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganisationMunicipality" ADD CONSTRAINT "OrganisationMunicipality_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganisationMunicipality" ADD CONSTRAINT "OrganisationMunicipality_municipalityCode_fkey" FOREIGN KEY ("municipalityCode") REFERENCES "Municipality"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementMunicipality" ADD CONSTRAINT "AgreementMunicipality_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementMunicipality" ADD CONSTRAINT "AgreementMunicipality_municipalityCode_fkey" FOREIGN KEY ("municipalityCode") REFERENCES "Municipality"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_municipalityCode_fkey" FOREIGN KEY ("municipalityCode") REFERENCES "Municipality"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Municipality" ADD CONSTRAINT "Municipality_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Issue 18 (docs/adr/0023): the owning municipality of every municipality-owned row is kept by the
-- database from the parent row, so no application path can store a row under the wrong municipality
-- and row-level security can filter on one column.

CREATE FUNCTION kk_area_municipality() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."kind" = 'MUNICIPALITY' THEN
    NEW."municipalityCode" := NEW."code";
  ELSIF NEW."kind" = 'WIJK' THEN
    NEW."municipalityCode" := (SELECT a."municipalityCode" FROM "Area" a WHERE a."id" = NEW."parentId");
  ELSE
    NEW."municipalityCode" := NULL;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER kk_area_municipality BEFORE INSERT OR UPDATE ON "Area"
  FOR EACH ROW EXECUTE FUNCTION kk_area_municipality();

CREATE FUNCTION kk_municipality_from_area() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."municipalityCode" := (SELECT a."municipalityCode" FROM "Area" a WHERE a."id" = NEW."areaId");
  RETURN NEW;
END $$;
CREATE TRIGGER kk_area_population_municipality BEFORE INSERT OR UPDATE ON "AreaPopulation"
  FOR EACH ROW EXECUTE FUNCTION kk_municipality_from_area();
CREATE TRIGGER kk_target_municipality BEFORE INSERT OR UPDATE ON "Target"
  FOR EACH ROW EXECUTE FUNCTION kk_municipality_from_area();

CREATE FUNCTION kk_delivery_municipality() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."municipalityCode" := (SELECT a."municipalityCode" FROM "Area" a WHERE a."id" = NEW."scopeAreaId");
  RETURN NEW;
END $$;
CREATE TRIGGER kk_delivery_municipality BEFORE INSERT OR UPDATE ON "FigureDelivery"
  FOR EACH ROW EXECUTE FUNCTION kk_delivery_municipality();

CREATE FUNCTION kk_figure_value_municipality() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."municipalityCode" := (SELECT d."municipalityCode" FROM "FigureDelivery" d WHERE d."id" = NEW."deliveryId");
  RETURN NEW;
END $$;
CREATE TRIGGER kk_figure_value_municipality BEFORE INSERT OR UPDATE ON "FigureValue"
  FOR EACH ROW EXECUTE FUNCTION kk_figure_value_municipality();

CREATE FUNCTION kk_plan_budget_municipality() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."municipalityCode" := (SELECT p."municipalityCode" FROM "PlanActivity" p WHERE p."id" = NEW."activityId");
  RETURN NEW;
END $$;
CREATE TRIGGER kk_plan_budget_municipality BEFORE INSERT OR UPDATE ON "PlanBudget"
  FOR EACH ROW EXECUTE FUNCTION kk_plan_budget_municipality();

-- Backfill: an install from before issue 18 serves one municipality (its MUNICIPALITY area).
UPDATE "Area" SET "municipalityCode" = NULL WHERE "kind" = 'MUNICIPALITY';
UPDATE "Area" SET "municipalityCode" = NULL WHERE "kind" = 'WIJK';
INSERT INTO "Municipality" ("code", "name", "areaId")
  SELECT "code", "name", "id" FROM "Area" WHERE "kind" = 'MUNICIPALITY';
UPDATE "AreaPopulation" SET "municipalityCode" = NULL;
UPDATE "Target" SET "municipalityCode" = NULL;
UPDATE "FigureDelivery" SET "municipalityCode" = NULL;
UPDATE "FigureValue" SET "municipalityCode" = NULL;

DO $$
DECLARE only_code TEXT;
BEGIN
  IF (SELECT count(*) FROM "Municipality") = 1 THEN
    SELECT "code" INTO only_code FROM "Municipality";
    UPDATE "PlanActivity" SET "municipalityCode" = only_code;
    UPDATE "User" SET "municipalityCode" = only_code WHERE "role" IN ('COORDINATOR', 'RAAD', 'PARTNER', 'PROFESSIONAL');
    UPDATE "Meeting" SET "municipalityCode" = only_code;
    INSERT INTO "OrganisationMunicipality" ("organisationId", "municipalityCode") SELECT "id", only_code FROM "Organisation";
    INSERT INTO "AgreementMunicipality" ("agreementId", "municipalityCode") SELECT "id", only_code FROM "Agreement";
  END IF;
END $$;
UPDATE "PlanBudget" SET "municipalityCode" = NULL;
