-- CreateEnum
CREATE TYPE "RegradeMode" AS ENUM ('NEW_KEY', 'ALL_CORRECT', 'DROP');

-- CreateEnum
CREATE TYPE "RegradeStatus" AS ENUM ('PROPOSED', 'APPLIED', 'REJECTED', 'SUPERSEDED');

-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "regradedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "WinnerComputation" ADD COLUMN     "inputs" JSONB,
ADD COLUMN     "staleAt" TIMESTAMP(3),
ADD COLUMN     "staleReason" TEXT;

-- AlterTable
ALTER TABLE "RankingEntry" ADD COLUMN     "prediction" INTEGER,
ADD COLUMN     "registeredAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Certificate" ADD COLUMN     "flagReason" TEXT,
ADD COLUMN     "flaggedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Regrade" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "questionVersionId" TEXT NOT NULL,
    "mode" "RegradeMode" NOT NULL,
    "correctIndex" INTEGER,
    "reason" TEXT NOT NULL,
    "status" "RegradeStatus" NOT NULL DEFAULT 'PROPOSED',
    "activeKey" TEXT,
    "proposedById" TEXT NOT NULL,
    "proposedAt" TIMESTAMP(3) NOT NULL,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decisionNote" TEXT,
    "summary" JSONB,

    CONSTRAINT "Regrade_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Regrade_activeKey_key" ON "Regrade"("activeKey");

-- CreateIndex
CREATE INDEX "Regrade_roundId_status_idx" ON "Regrade"("roundId", "status");

-- CreateIndex
CREATE INDEX "Regrade_questionVersionId_idx" ON "Regrade"("questionVersionId");

-- AddForeignKey
ALTER TABLE "Regrade" ADD CONSTRAINT "Regrade_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Regrade" ADD CONSTRAINT "Regrade_questionVersionId_fkey" FOREIGN KEY ("questionVersionId") REFERENCES "QuestionVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
