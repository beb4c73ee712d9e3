-- AlterTable
ALTER TABLE "Document" ADD COLUMN "fileKey" TEXT;
ALTER TABLE "Document" ADD COLUMN "fileName" TEXT;
ALTER TABLE "Document" ADD COLUMN "fileSize" INTEGER;
ALTER TABLE "Document" ADD COLUMN "fileType" TEXT;
