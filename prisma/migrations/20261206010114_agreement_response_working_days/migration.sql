-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "responseWorkingDays" INTEGER;
