-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN "regradedAt" DATETIME;

-- AlterTable
ALTER TABLE "WinnerComputation" ADD COLUMN "inputs" JSONB;
ALTER TABLE "WinnerComputation" ADD COLUMN "staleAt" DATETIME;
ALTER TABLE "WinnerComputation" ADD COLUMN "staleReason" TEXT;

-- AlterTable
ALTER TABLE "RankingEntry" ADD COLUMN "prediction" INTEGER;
ALTER TABLE "RankingEntry" ADD COLUMN "registeredAt" DATETIME;

-- AlterTable
ALTER TABLE "Certificate" ADD COLUMN "flagReason" TEXT;
ALTER TABLE "Certificate" ADD COLUMN "flaggedAt" DATETIME;

-- CreateTable
CREATE TABLE "Regrade" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "roundId" TEXT NOT NULL,
    "questionVersionId" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "correctIndex" INTEGER,
    "reason" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PROPOSED',
    "activeKey" TEXT,
    "proposedById" TEXT NOT NULL,
    "proposedAt" DATETIME NOT NULL,
    "decidedById" TEXT,
    "decidedAt" DATETIME,
    "decisionNote" TEXT,
    "summary" JSONB,
    CONSTRAINT "Regrade_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Regrade_questionVersionId_fkey" FOREIGN KEY ("questionVersionId") REFERENCES "QuestionVersion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Regrade_activeKey_key" ON "Regrade"("activeKey");

-- CreateIndex
CREATE INDEX "Regrade_roundId_status_idx" ON "Regrade"("roundId", "status");

-- CreateIndex
CREATE INDEX "Regrade_questionVersionId_idx" ON "Regrade"("questionVersionId");
