-- DropIndex
DROP INDEX "RankingEntry_computationId_participantId_idx";
