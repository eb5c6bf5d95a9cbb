-- CreateEnum
CREATE TYPE "AgreementKind" AS ENUM ('CONVENANT', 'SAMENWERKINGSAFSPRAAK', 'PROTOCOL', 'WERKAFSPRAAK');

-- CreateEnum
CREATE TYPE "AgreementStatus" AS ENUM ('CONCEPT', 'IN_BESPREKING', 'ACTIEF', 'VERLOPEN', 'BEEINDIGD');

-- CreateEnum
CREATE TYPE "MunicipalityRole" AS ENUM ('PARTIJ', 'FACILITATOR', 'GEEN');

-- CreateEnum
CREATE TYPE "ClauseCoverage" AS ENUM ('COVERED', 'NOT_COVERED', 'NOT_APPLICABLE');

-- CreateTable
CREATE TABLE "Agreement" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "AgreementKind" NOT NULL,
    "purpose" TEXT NOT NULL DEFAULT '',
    "scope" TEXT NOT NULL DEFAULT '',
    "legalBasisNotes" TEXT NOT NULL DEFAULT '',
    "status" "AgreementStatus" NOT NULL DEFAULT 'CONCEPT',
    "startDate" DATE,
    "endDate" DATE,
    "reviewDate" DATE,
    "ownerId" TEXT NOT NULL,
    "municipalityRole" "MunicipalityRole" NOT NULL DEFAULT 'FACILITATOR',
    "coversInformationExchange" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementParty" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "signatoryName" TEXT NOT NULL DEFAULT '',
    "signatoryFunction" TEXT NOT NULL DEFAULT '',
    "signedAt" DATE,

    CONSTRAINT "AgreementParty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementClause" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "clauseKey" TEXT NOT NULL,
    "coverage" "ClauseCoverage" NOT NULL,
    "reference" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "AgreementClause_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementDocument" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "versionNumber" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "documentDate" DATE,
    "note" TEXT NOT NULL DEFAULT '',
    "uploadedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgreementDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementReminder" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "daysBefore" INTEGER NOT NULL,
    "dueDate" DATE NOT NULL,
    "sentAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgreementReminder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Agreement_status_idx" ON "Agreement"("status");

-- CreateIndex
CREATE INDEX "Agreement_endDate_idx" ON "Agreement"("endDate");

-- CreateIndex
CREATE INDEX "Agreement_reviewDate_idx" ON "Agreement"("reviewDate");

-- CreateIndex
CREATE INDEX "AgreementParty_organisationId_idx" ON "AgreementParty"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementParty_agreementId_organisationId_key" ON "AgreementParty"("agreementId", "organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementClause_agreementId_clauseKey_key" ON "AgreementClause"("agreementId", "clauseKey");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementDocument_agreementId_versionNumber_key" ON "AgreementDocument"("agreementId", "versionNumber");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementReminder_agreementId_kind_daysBefore_dueDate_key" ON "AgreementReminder"("agreementId", "kind", "daysBefore", "dueDate");

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementParty" ADD CONSTRAINT "AgreementParty_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementParty" ADD CONSTRAINT "AgreementParty_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementClause" ADD CONSTRAINT "AgreementClause_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementDocument" ADD CONSTRAINT "AgreementDocument_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementDocument" ADD CONSTRAINT "AgreementDocument_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementReminder" ADD CONSTRAINT "AgreementReminder_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;
