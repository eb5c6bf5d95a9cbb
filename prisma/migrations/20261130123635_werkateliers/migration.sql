-- CreateEnum
CREATE TYPE "MeetingType" AS ENUM ('WERKATELIER', 'NETWERKBIJEENKOMST', 'EXPERTMEETING', 'TRAINING', 'SYMPOSIUM');

-- CreateEnum
CREATE TYPE "PlanTheme" AS ENUM ('PREVENTIE', 'SIGNALEREN_EN_HANDELEN', 'SAMENWERKEN', 'INFORMATIE_DELEN_EN_PRIVACY');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('GEPLAND', 'GEANNULEERD', 'AFGEROND');

-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('AANGEMELD', 'WACHTLIJST', 'AFGEMELD', 'AANWEZIG', 'AFWEZIG');

-- CreateEnum
CREATE TYPE "MeetingActionStatus" AS ENUM ('OPEN', 'BEZIG', 'AFGEROND');

-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL,
    "type" "MeetingType" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "theme" "PlanTheme" NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "location" TEXT NOT NULL DEFAULT '',
    "onlineUrl" TEXT NOT NULL DEFAULT '',
    "capacity" INTEGER NOT NULL,
    "registrationDeadline" TIMESTAMPTZ(3),
    "facilitators" TEXT NOT NULL DEFAULT '',
    "status" "MeetingStatus" NOT NULL DEFAULT 'GEPLAND',
    "cancelledReason" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "registrationsReducedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingSectorTarget" (
    "meetingId" TEXT NOT NULL,
    "sector" "Sector" NOT NULL,
    "places" INTEGER NOT NULL,

    CONSTRAINT "MeetingSectorTarget_pkey" PRIMARY KEY ("meetingId","sector")
);

-- CreateTable
CREATE TABLE "MeetingRegistration" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "userId" TEXT,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "organisationId" TEXT,
    "organisationName" TEXT NOT NULL DEFAULT '',
    "sector" "Sector" NOT NULL,
    "status" "RegistrationStatus" NOT NULL,
    "remark" TEXT NOT NULL DEFAULT '',
    "registeredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "waitlistedAt" TIMESTAMPTZ(3),
    "promotedAt" TIMESTAMPTZ(3),
    "cancelledAt" TIMESTAMPTZ(3),
    "attendanceMarkedAt" TIMESTAMPTZ(3),
    "reminderSentAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MeetingRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingAttendanceCount" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "organisationName" TEXT NOT NULL,
    "sector" "Sector" NOT NULL,
    "registered" INTEGER NOT NULL,
    "attended" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingAttendanceCount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingCase" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "authorId" TEXT,
    "title" TEXT NOT NULL,
    "positions" TEXT NOT NULL DEFAULT '',
    "facts" TEXT NOT NULL DEFAULT '',
    "weighing" TEXT NOT NULL DEFAULT '',
    "decision" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MeetingCase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Knelpunt" (
    "id" TEXT NOT NULL,
    "key" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "remedy" TEXT NOT NULL DEFAULT '',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Knelpunt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingKnelpunt" (
    "meetingId" TEXT NOT NULL,
    "knelpuntId" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingKnelpunt_pkey" PRIMARY KEY ("meetingId","knelpuntId")
);

-- CreateTable
CREATE TABLE "MeetingAction" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "knelpuntId" TEXT,
    "description" TEXT NOT NULL,
    "ownerName" TEXT NOT NULL,
    "dueDate" DATE NOT NULL,
    "status" "MeetingActionStatus" NOT NULL DEFAULT 'OPEN',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MeetingAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarFeedToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMPTZ(3),
    "lastUsedAt" TIMESTAMPTZ(3),

    CONSTRAINT "CalendarFeedToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Meeting_startsAt_idx" ON "Meeting"("startsAt");

-- CreateIndex
CREATE INDEX "Meeting_status_startsAt_idx" ON "Meeting"("status", "startsAt");

-- CreateIndex
CREATE INDEX "MeetingRegistration_meetingId_status_registeredAt_idx" ON "MeetingRegistration"("meetingId", "status", "registeredAt");

-- CreateIndex
CREATE INDEX "MeetingRegistration_userId_idx" ON "MeetingRegistration"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingRegistration_meetingId_userId_key" ON "MeetingRegistration"("meetingId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingAttendanceCount_meetingId_organisationName_sector_key" ON "MeetingAttendanceCount"("meetingId", "organisationName", "sector");

-- CreateIndex
CREATE INDEX "MeetingCase_meetingId_idx" ON "MeetingCase"("meetingId");

-- CreateIndex
CREATE UNIQUE INDEX "Knelpunt_key_key" ON "Knelpunt"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Knelpunt_title_key" ON "Knelpunt"("title");

-- CreateIndex
CREATE INDEX "MeetingKnelpunt_knelpuntId_idx" ON "MeetingKnelpunt"("knelpuntId");

-- CreateIndex
CREATE INDEX "MeetingAction_status_dueDate_idx" ON "MeetingAction"("status", "dueDate");

-- CreateIndex
CREATE INDEX "MeetingAction_meetingId_idx" ON "MeetingAction"("meetingId");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeedToken_tokenHash_key" ON "CalendarFeedToken"("tokenHash");

-- CreateIndex
CREATE INDEX "CalendarFeedToken_userId_idx" ON "CalendarFeedToken"("userId");

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingSectorTarget" ADD CONSTRAINT "MeetingSectorTarget_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingRegistration" ADD CONSTRAINT "MeetingRegistration_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingRegistration" ADD CONSTRAINT "MeetingRegistration_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingRegistration" ADD CONSTRAINT "MeetingRegistration_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendanceCount" ADD CONSTRAINT "MeetingAttendanceCount_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingCase" ADD CONSTRAINT "MeetingCase_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingCase" ADD CONSTRAINT "MeetingCase_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingKnelpunt" ADD CONSTRAINT "MeetingKnelpunt_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingKnelpunt" ADD CONSTRAINT "MeetingKnelpunt_knelpuntId_fkey" FOREIGN KEY ("knelpuntId") REFERENCES "Knelpunt"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAction" ADD CONSTRAINT "MeetingAction_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAction" ADD CONSTRAINT "MeetingAction_knelpuntId_fkey" FOREIGN KEY ("knelpuntId") REFERENCES "Knelpunt"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarFeedToken" ADD CONSTRAINT "CalendarFeedToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
