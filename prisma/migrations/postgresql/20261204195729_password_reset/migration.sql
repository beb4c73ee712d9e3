-- CreateEnum
CREATE TYPE "RecoveryChannel" AS ENUM ('EMAIL', 'SMS');

-- AlterTable
ALTER TABLE "Contest" ADD COLUMN     "contactEmail" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "hotline" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "PasswordReset" (
    "id" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "channel" "RecoveryChannel" NOT NULL,
    "secretHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "failedTries" INTEGER NOT NULL DEFAULT 0,
    "usedAt" TIMESTAMP(3),
    "voidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL,
    "requestIpHash" TEXT,

    CONSTRAINT "PasswordReset_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PasswordReset_secretHash_key" ON "PasswordReset"("secretHash");

-- CreateIndex
CREATE INDEX "PasswordReset_participantId_channel_idx" ON "PasswordReset"("participantId", "channel");

-- AddForeignKey
ALTER TABLE "PasswordReset" ADD CONSTRAINT "PasswordReset_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;
