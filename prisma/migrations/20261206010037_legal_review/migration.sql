-- CreateTable
CREATE TABLE "LegalReview" (
    "id" TEXT NOT NULL,
    "catalogueVersion" TEXT NOT NULL,
    "reviewerName" TEXT NOT NULL,
    "reviewedOn" DATE NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "recordedById" TEXT,
    "recordedByName" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LegalReview_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LegalReview_catalogueVersion_reviewedOn_idx" ON "LegalReview"("catalogueVersion", "reviewedOn");
