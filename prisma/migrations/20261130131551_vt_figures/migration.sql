-- CreateEnum
CREATE TYPE "AreaKind" AS ENUM ('VT_REGION', 'MUNICIPALITY', 'WIJK');

-- CreateEnum
CREATE TYPE "FigurePeriodKind" AS ENUM ('HALF_YEAR', 'YEAR');

-- CreateEnum
CREATE TYPE "FigureEntryMethod" AS ENUM ('TEMPLATE_IMPORT', 'CBS_IMPORT', 'MANUAL', 'SEED');

-- CreateEnum
CREATE TYPE "FigureMeasure" AS ENUM ('ADVICE_REQUESTS', 'REPORTS', 'CHILD_REPORTS', 'CHILDREN_INVOLVED', 'INVESTIGATIONS_COMPLETED', 'ABUSE_CONFIRMED');

-- CreateEnum
CREATE TYPE "FigureBreakdownKind" AS ENUM ('NONE', 'REPORTER_GROUP', 'FORM');

-- CreateEnum
CREATE TYPE "FigureValueStatus" AS ENUM ('VALUE', 'MISSING', 'SUPPRESSED');

-- CreateEnum
CREATE TYPE "IndicatorDenominator" AS ENUM ('CHILDREN_0_17');

-- CreateEnum
CREATE TYPE "IndicatorUnit" AS ENUM ('PERCENT');

-- CreateEnum
CREATE TYPE "TargetDirection" AS ENUM ('BELOW', 'ABOVE');

-- CreateEnum
CREATE TYPE "PlanActivityStatus" AS ENUM ('PLANNED', 'IN_PROGRESS', 'COMPLETED', 'CONTINUOUS', 'DELAYED', 'CANCELLED');

-- CreateTable
CREATE TABLE "Area" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "kind" "AreaKind" NOT NULL,
    "parentId" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Area_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AreaPopulation" (
    "id" TEXT NOT NULL,
    "areaId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "children0to17" INTEGER NOT NULL,
    "source" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AreaPopulation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FigurePeriod" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "kind" "FigurePeriodKind" NOT NULL,
    "year" INTEGER NOT NULL,
    "half" INTEGER,
    "label" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FigurePeriod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FigureDelivery" (
    "id" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "scopeAreaId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "deliveredAt" DATE NOT NULL,
    "provisional" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL,
    "supersedesId" TEXT,
    "note" TEXT NOT NULL DEFAULT '',
    "method" "FigureEntryMethod" NOT NULL,
    "fileName" TEXT NOT NULL DEFAULT '',
    "importedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FigureDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FigureValue" (
    "id" TEXT NOT NULL,
    "deliveryId" TEXT NOT NULL,
    "areaId" TEXT NOT NULL,
    "measure" "FigureMeasure" NOT NULL,
    "breakdownKind" "FigureBreakdownKind" NOT NULL DEFAULT 'NONE',
    "breakdownKey" TEXT NOT NULL DEFAULT '',
    "value" INTEGER,
    "status" "FigureValueStatus" NOT NULL DEFAULT 'VALUE',

    CONSTRAINT "FigureValue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FigureImportMapping" (
    "id" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "columns" JSONB NOT NULL,
    "updatedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "FigureImportMapping_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "definition" TEXT NOT NULL,
    "numeratorMeasure" "FigureMeasure" NOT NULL,
    "denominator" "IndicatorDenominator" NOT NULL DEFAULT 'CHILDREN_0_17',
    "unit" "IndicatorUnit" NOT NULL DEFAULT 'PERCENT',
    "source" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Target" (
    "id" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "areaId" TEXT,
    "threshold" DOUBLE PRECISION NOT NULL,
    "direction" "TargetDirection" NOT NULL,
    "deadline" DATE NOT NULL,
    "baselineValue" DOUBLE PRECISION NOT NULL,
    "baselineYear" INTEGER NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Target_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanActivity" (
    "id" TEXT NOT NULL,
    "key" TEXT,
    "theme" "PlanTheme",
    "title" TEXT NOT NULL,
    "planning" TEXT NOT NULL DEFAULT '',
    "dueDate" DATE,
    "owner" TEXT NOT NULL DEFAULT '',
    "status" "PlanActivityStatus" NOT NULL DEFAULT 'PLANNED',
    "position" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PlanActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanBudget" (
    "id" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "label" TEXT NOT NULL DEFAULT '',
    "budgetedCents" INTEGER NOT NULL,
    "spentCents" INTEGER,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PlanBudget_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Area_code_key" ON "Area"("code");

-- CreateIndex
CREATE INDEX "Area_kind_idx" ON "Area"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "Area_parentId_name_key" ON "Area"("parentId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "AreaPopulation_areaId_year_key" ON "AreaPopulation"("areaId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "FigurePeriod_code_key" ON "FigurePeriod"("code");

-- CreateIndex
CREATE INDEX "FigurePeriod_year_idx" ON "FigurePeriod"("year");

-- CreateIndex
CREATE UNIQUE INDEX "FigurePeriod_kind_year_half_key" ON "FigurePeriod"("kind", "year", "half");

-- CreateIndex
CREATE UNIQUE INDEX "FigureDelivery_supersedesId_key" ON "FigureDelivery"("supersedesId");

-- CreateIndex
CREATE INDEX "FigureDelivery_scopeAreaId_idx" ON "FigureDelivery"("scopeAreaId");

-- CreateIndex
CREATE UNIQUE INDEX "FigureDelivery_periodId_scopeAreaId_version_key" ON "FigureDelivery"("periodId", "scopeAreaId", "version");

-- CreateIndex
CREATE INDEX "FigureValue_areaId_measure_idx" ON "FigureValue"("areaId", "measure");

-- CreateIndex
CREATE UNIQUE INDEX "FigureValue_deliveryId_areaId_measure_breakdownKind_breakdo_key" ON "FigureValue"("deliveryId", "areaId", "measure", "breakdownKind", "breakdownKey");

-- CreateIndex
CREATE UNIQUE INDEX "FigureImportMapping_fingerprint_key" ON "FigureImportMapping"("fingerprint");

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_key_key" ON "Indicator"("key");

-- CreateIndex
CREATE INDEX "Target_indicatorId_idx" ON "Target"("indicatorId");

-- CreateIndex
CREATE UNIQUE INDEX "PlanActivity_key_key" ON "PlanActivity"("key");

-- CreateIndex
CREATE INDEX "PlanActivity_theme_position_idx" ON "PlanActivity"("theme", "position");

-- CreateIndex
CREATE UNIQUE INDEX "PlanBudget_activityId_year_key" ON "PlanBudget"("activityId", "year");

-- AddForeignKey
ALTER TABLE "Area" ADD CONSTRAINT "Area_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AreaPopulation" ADD CONSTRAINT "AreaPopulation_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FigureDelivery" ADD CONSTRAINT "FigureDelivery_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "FigurePeriod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FigureDelivery" ADD CONSTRAINT "FigureDelivery_scopeAreaId_fkey" FOREIGN KEY ("scopeAreaId") REFERENCES "Area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FigureDelivery" ADD CONSTRAINT "FigureDelivery_supersedesId_fkey" FOREIGN KEY ("supersedesId") REFERENCES "FigureDelivery"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FigureDelivery" ADD CONSTRAINT "FigureDelivery_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FigureValue" ADD CONSTRAINT "FigureValue_deliveryId_fkey" FOREIGN KEY ("deliveryId") REFERENCES "FigureDelivery"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FigureValue" ADD CONSTRAINT "FigureValue_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FigureImportMapping" ADD CONSTRAINT "FigureImportMapping_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Target" ADD CONSTRAINT "Target_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Target" ADD CONSTRAINT "Target_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanBudget" ADD CONSTRAINT "PlanBudget_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "PlanActivity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Checks Prisma does not model (the drift check ignores them).
ALTER TABLE "FigurePeriod" ADD CONSTRAINT "FigurePeriod_kind_half_code_check" CHECK (
  ("kind" = 'YEAR' AND "half" IS NULL AND "code" = "year"::text)
  OR ("kind" = 'HALF_YEAR' AND "half" IN (1, 2) AND "code" = "year"::text || '-H' || "half"::text)
);
ALTER TABLE "FigureDelivery" ADD CONSTRAINT "FigureDelivery_version_check" CHECK ("version" >= 1);
-- Suppressed or missing is never stored as 0: a value exactly when the status is VALUE.
ALTER TABLE "FigureValue" ADD CONSTRAINT "FigureValue_value_status_check" CHECK (
  (("status" = 'VALUE') = ("value" IS NOT NULL)) AND ("value" IS NULL OR "value" >= 0)
);
ALTER TABLE "FigureValue" ADD CONSTRAINT "FigureValue_breakdown_key_check" CHECK (
  ("breakdownKind" = 'NONE' AND "breakdownKey" = '')
  OR ("breakdownKind" = 'REPORTER_GROUP' AND "breakdownKey" IN ('POLITIE', 'ONDERWIJS', 'HUISARTS_MEDISCH', 'JEUGDHULP_WIJKTEAM', 'KINDEROPVANG', 'BURGER_OMGEVING', 'OVERIG'))
  OR ("breakdownKind" = 'FORM' AND "breakdownKey" IN ('LICHAMELIJKE_MISHANDELING', 'PSYCHISCHE_MISHANDELING', 'LICHAMELIJKE_VERWAARLOZING', 'PSYCHISCHE_VERWAARLOZING', 'SEKSUEEL_MISBRUIK', 'GETUIGE_HUISELIJK_GEWELD'))
);
ALTER TABLE "AreaPopulation" ADD CONSTRAINT "AreaPopulation_children_check" CHECK ("children0to17" >= 0);
ALTER TABLE "PlanBudget" ADD CONSTRAINT "PlanBudget_cents_check" CHECK ("budgetedCents" >= 0 AND ("spentCents" IS NULL OR "spentCents" >= 0));
