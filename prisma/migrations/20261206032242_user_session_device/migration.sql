-- AlterTable
ALTER TABLE "UserSession" ADD COLUMN     "device" TEXT;
