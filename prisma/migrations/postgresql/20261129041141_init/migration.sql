-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "RoundStatus" AS ENUM ('DRAFT', 'OPEN', 'APPROVED', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "CountingPolicy" AS ENUM ('BEST_THEN_EARLIEST');

-- CreateEnum
CREATE TYPE "RankingOrder" AS ENUM ('CORRECT_PREDICTION_DURATION', 'CORRECT_DURATION_PREDICTION');

-- CreateEnum
CREATE TYPE "PredictionTruth" AS ENUM ('PARTICIPANTS', 'ATTEMPTS');

-- CreateEnum
CREATE TYPE "AnswerReview" AS ENUM ('AFTER_CLOSE', 'NEVER', 'IMMEDIATELY');

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('MALE', 'FEMALE');

-- CreateEnum
CREATE TYPE "ParticipantGroup" AS ENUM ('CBCCVC', 'NGUOI_DAN', 'HSSV');

-- CreateEnum
CREATE TYPE "StaffRole" AS ENUM ('ADMIN', 'EDITOR', 'JURY', 'SECRETARY');

-- CreateEnum
CREATE TYPE "QuestionStatus" AS ENUM ('ACTIVE', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "Difficulty" AS ENUM ('EASY', 'MEDIUM', 'HARD');

-- CreateEnum
CREATE TYPE "AttemptStatus" AS ENUM ('IN_PROGRESS', 'SUBMITTED');

-- CreateEnum
CREATE TYPE "SubmitSource" AS ENUM ('PARTICIPANT', 'AUTO', 'LAZY_CLOSE');

-- CreateEnum
CREATE TYPE "ComputationKind" AS ENUM ('PROVISIONAL', 'FINAL');

-- CreateTable
CREATE TABLE "Contest" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "organiser" TEXT NOT NULL,
    "organiserShort" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "planReference" TEXT NOT NULL DEFAULT '',
    "intro" TEXT NOT NULL DEFAULT '',
    "rulesText" TEXT NOT NULL DEFAULT '',
    "contactInfo" TEXT NOT NULL DEFAULT '',
    "isFeatured" BOOLEAN NOT NULL DEFAULT false,
    "isPublished" BOOLEAN NOT NULL DEFAULT true,
    "certificatePattern" TEXT NOT NULL DEFAULT '{n}/GCN-BTC',
    "certificateSeq" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Contest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "District" (
    "id" TEXT NOT NULL,
    "contestId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "District_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ward" (
    "id" TEXT NOT NULL,
    "districtId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Ward_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Unit" (
    "id" TEXT NOT NULL,
    "contestId" TEXT NOT NULL,
    "districtId" TEXT,
    "name" TEXT NOT NULL,
    "headcount" INTEGER,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document" (
    "id" TEXT NOT NULL,
    "contestId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "issuer" TEXT NOT NULL DEFAULT '',
    "issuedOn" TEXT NOT NULL DEFAULT '',
    "url" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsentText" (
    "id" TEXT NOT NULL,
    "contestId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsentText_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Round" (
    "id" TEXT NOT NULL,
    "contestId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "opensAt" TIMESTAMP(3) NOT NULL,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "awardYear" INTEGER NOT NULL,
    "awardMonth" INTEGER NOT NULL,
    "questionCount" INTEGER NOT NULL DEFAULT 20,
    "timeLimitSec" INTEGER NOT NULL DEFAULT 1200,
    "attemptsAllowed" INTEGER NOT NULL DEFAULT 3,
    "graceSec" INTEGER NOT NULL DEFAULT 10,
    "countingPolicy" "CountingPolicy" NOT NULL DEFAULT 'BEST_THEN_EARLIEST',
    "rankingOrder" "RankingOrder" NOT NULL DEFAULT 'CORRECT_PREDICTION_DURATION',
    "prizeTiers" JSONB NOT NULL,
    "minScoreForPrize" INTEGER,
    "excludeEarlierWinners" BOOLEAN NOT NULL DEFAULT false,
    "documentQuotas" JSONB,
    "predictionQuestion" TEXT NOT NULL,
    "predictionTruth" "PredictionTruth" NOT NULL DEFAULT 'PARTICIPANTS',
    "trueValue" INTEGER,
    "trueValueOverride" INTEGER,
    "trueValueOverrideReason" TEXT,
    "answerReview" "AnswerReview" NOT NULL DEFAULT 'AFTER_CLOSE',
    "status" "RoundStatus" NOT NULL DEFAULT 'OPEN',
    "settingsVersion" INTEGER NOT NULL DEFAULT 1,
    "decisionNumber" TEXT,
    "decisionDate" TEXT,
    "approvedAt" TIMESTAMP(3),
    "approvedById" TEXT,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Round_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Participant" (
    "id" TEXT NOT NULL,
    "contestId" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "fullNameSearch" TEXT NOT NULL,
    "birthDate" TEXT NOT NULL,
    "gender" "Gender" NOT NULL,
    "cccd" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "email" TEXT,
    "group" "ParticipantGroup" NOT NULL,
    "districtId" TEXT,
    "wardName" TEXT NOT NULL DEFAULT '',
    "unitId" TEXT,
    "unitName" TEXT NOT NULL DEFAULT '',
    "passwordHash" TEXT NOT NULL,
    "isOrganiserMember" BOOLEAN NOT NULL DEFAULT false,
    "registeredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "registrationIpHash" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Participant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsentRecord" (
    "id" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "consentTextId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "acceptedAt" TIMESTAMP(3) NOT NULL,
    "ipHash" TEXT,

    CONSTRAINT "ConsentRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffUser" (
    "id" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "role" "StaffRole" NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "isDisabled" BOOLEAN NOT NULL DEFAULT false,
    "failedLogins" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),
    "passwordChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StaffUser_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Question" (
    "id" TEXT NOT NULL,
    "contestId" TEXT NOT NULL,
    "documentId" TEXT,
    "status" "QuestionStatus" NOT NULL DEFAULT 'ACTIVE',
    "difficulty" "Difficulty" NOT NULL DEFAULT 'MEDIUM',
    "currentVersion" INTEGER NOT NULL DEFAULT 1,
    "textSearch" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Question_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionVersion" (
    "id" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "options" JSONB NOT NULL,
    "correctIndex" INTEGER NOT NULL,
    "explanation" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuestionVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attempt" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "status" "AttemptStatus" NOT NULL DEFAULT 'IN_PROGRESS',
    "inProgressKey" TEXT,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "deadline" TIMESTAMP(3) NOT NULL,
    "submittedAt" TIMESTAMP(3),
    "submitSource" "SubmitSource",
    "graceUsedMs" INTEGER,
    "durationMs" INTEGER,
    "correctCount" INTEGER,
    "prediction" INTEGER,
    "ipHash" TEXT,
    "userAgentHash" TEXT,

    CONSTRAINT "Attempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AttemptItem" (
    "attemptId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "questionVersionId" TEXT NOT NULL,
    "optionOrder" TEXT NOT NULL,
    "chosenIndex" INTEGER,
    "savedAt" TIMESTAMP(3),
    "isCorrect" BOOLEAN,

    CONSTRAINT "AttemptItem_pkey" PRIMARY KEY ("attemptId","position")
);

-- CreateTable
CREATE TABLE "WinnerComputation" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "kind" "ComputationKind" NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL,
    "computedBy" TEXT NOT NULL,
    "forced" BOOLEAN NOT NULL DEFAULT false,
    "forceReason" TEXT,
    "rulesetVersion" TEXT NOT NULL,
    "rankingOrder" "RankingOrder" NOT NULL,
    "settingsVersion" INTEGER NOT NULL,
    "trueValue" INTEGER NOT NULL,
    "participantCount" INTEGER NOT NULL,
    "attemptCount" INTEGER NOT NULL,
    "entryCount" INTEGER NOT NULL,
    "inputHash" TEXT NOT NULL,
    "prizes" JSONB NOT NULL,

    CONSTRAINT "WinnerComputation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RankingEntry" (
    "computationId" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "participantId" TEXT NOT NULL,
    "attemptId" TEXT NOT NULL,
    "correctCount" INTEGER NOT NULL,
    "predictionDiff" INTEGER NOT NULL,
    "durationMs" INTEGER NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "prizeTier" TEXT,
    "excludedReason" TEXT,

    CONSTRAINT "RankingEntry_pkey" PRIMARY KEY ("computationId","rank")
);

-- CreateTable
CREATE TABLE "Disqualification" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),
    "revokedById" TEXT,
    "revokeReason" TEXT,

    CONSTRAINT "Disqualification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Award" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "computationId" TEXT NOT NULL,
    "attemptId" TEXT NOT NULL,
    "tierCode" TEXT NOT NULL,
    "tierName" TEXT NOT NULL,
    "tierOrder" INTEGER NOT NULL,
    "rank" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Award_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Certificate" (
    "id" TEXT NOT NULL,
    "contestId" TEXT NOT NULL,
    "awardId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "verificationCode" TEXT NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "revokeReason" TEXT,

    CONSTRAINT "Certificate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "actorType" TEXT NOT NULL,
    "actorId" TEXT,
    "actorName" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "reason" TEXT,
    "before" JSONB,
    "after" JSONB,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Contest_slug_key" ON "Contest"("slug");

-- CreateIndex
CREATE INDEX "Contest_isFeatured_year_idx" ON "Contest"("isFeatured", "year");

-- CreateIndex
CREATE UNIQUE INDEX "District_contestId_name_key" ON "District"("contestId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Ward_districtId_name_key" ON "Ward"("districtId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_contestId_name_key" ON "Unit"("contestId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Document_contestId_code_key" ON "Document"("contestId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "ConsentText_contestId_version_key" ON "ConsentText"("contestId", "version");

-- CreateIndex
CREATE INDEX "Round_opensAt_closesAt_idx" ON "Round"("opensAt", "closesAt");

-- CreateIndex
CREATE UNIQUE INDEX "Round_contestId_number_key" ON "Round"("contestId", "number");

-- CreateIndex
CREATE INDEX "Participant_contestId_fullNameSearch_idx" ON "Participant"("contestId", "fullNameSearch");

-- CreateIndex
CREATE INDEX "Participant_districtId_idx" ON "Participant"("districtId");

-- CreateIndex
CREATE INDEX "Participant_unitId_idx" ON "Participant"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "Participant_contestId_cccd_key" ON "Participant"("contestId", "cccd");

-- CreateIndex
CREATE UNIQUE INDEX "Participant_contestId_phone_key" ON "Participant"("contestId", "phone");

-- CreateIndex
CREATE INDEX "ConsentRecord_participantId_idx" ON "ConsentRecord"("participantId");

-- CreateIndex
CREATE UNIQUE INDEX "StaffUser_username_key" ON "StaffUser"("username");

-- CreateIndex
CREATE INDEX "Question_contestId_status_idx" ON "Question"("contestId", "status");

-- CreateIndex
CREATE INDEX "Question_documentId_idx" ON "Question"("documentId");

-- CreateIndex
CREATE UNIQUE INDEX "QuestionVersion_questionId_version_key" ON "QuestionVersion"("questionId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "Attempt_inProgressKey_key" ON "Attempt"("inProgressKey");

-- CreateIndex
CREATE INDEX "Attempt_roundId_status_correctCount_idx" ON "Attempt"("roundId", "status", "correctCount");

-- CreateIndex
CREATE INDEX "Attempt_roundId_submittedAt_idx" ON "Attempt"("roundId", "submittedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Attempt_participantId_roundId_number_key" ON "Attempt"("participantId", "roundId", "number");

-- CreateIndex
CREATE INDEX "AttemptItem_questionVersionId_idx" ON "AttemptItem"("questionVersionId");

-- CreateIndex
CREATE INDEX "WinnerComputation_roundId_computedAt_idx" ON "WinnerComputation"("roundId", "computedAt");

-- CreateIndex
CREATE UNIQUE INDEX "WinnerComputation_roundId_inputHash_key" ON "WinnerComputation"("roundId", "inputHash");

-- CreateIndex
CREATE INDEX "RankingEntry_computationId_participantId_idx" ON "RankingEntry"("computationId", "participantId");

-- CreateIndex
CREATE INDEX "Disqualification_roundId_participantId_idx" ON "Disqualification"("roundId", "participantId");

-- CreateIndex
CREATE UNIQUE INDEX "Award_roundId_participantId_key" ON "Award"("roundId", "participantId");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_awardId_key" ON "Certificate"("awardId");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_verificationCode_key" ON "Certificate"("verificationCode");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_contestId_seq_key" ON "Certificate"("contestId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_contestId_number_key" ON "Certificate"("contestId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "AuditLog_prevHash_key" ON "AuditLog"("prevHash");

-- CreateIndex
CREATE UNIQUE INDEX "AuditLog_hash_key" ON "AuditLog"("hash");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_action_idx" ON "AuditLog"("action");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- AddForeignKey
ALTER TABLE "District" ADD CONSTRAINT "District_contestId_fkey" FOREIGN KEY ("contestId") REFERENCES "Contest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ward" ADD CONSTRAINT "Ward_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_contestId_fkey" FOREIGN KEY ("contestId") REFERENCES "Contest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_contestId_fkey" FOREIGN KEY ("contestId") REFERENCES "Contest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentText" ADD CONSTRAINT "ConsentText_contestId_fkey" FOREIGN KEY ("contestId") REFERENCES "Contest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Round" ADD CONSTRAINT "Round_contestId_fkey" FOREIGN KEY ("contestId") REFERENCES "Contest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_contestId_fkey" FOREIGN KEY ("contestId") REFERENCES "Contest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentRecord" ADD CONSTRAINT "ConsentRecord_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentRecord" ADD CONSTRAINT "ConsentRecord_consentTextId_fkey" FOREIGN KEY ("consentTextId") REFERENCES "ConsentText"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_contestId_fkey" FOREIGN KEY ("contestId") REFERENCES "Contest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionVersion" ADD CONSTRAINT "QuestionVersion_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attempt" ADD CONSTRAINT "Attempt_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attempt" ADD CONSTRAINT "Attempt_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttemptItem" ADD CONSTRAINT "AttemptItem_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "Attempt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttemptItem" ADD CONSTRAINT "AttemptItem_questionVersionId_fkey" FOREIGN KEY ("questionVersionId") REFERENCES "QuestionVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WinnerComputation" ADD CONSTRAINT "WinnerComputation_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RankingEntry" ADD CONSTRAINT "RankingEntry_computationId_fkey" FOREIGN KEY ("computationId") REFERENCES "WinnerComputation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Disqualification" ADD CONSTRAINT "Disqualification_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Disqualification" ADD CONSTRAINT "Disqualification_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Award" ADD CONSTRAINT "Award_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Award" ADD CONSTRAINT "Award_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Award" ADD CONSTRAINT "Award_computationId_fkey" FOREIGN KEY ("computationId") REFERENCES "WinnerComputation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Award" ADD CONSTRAINT "Award_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "Attempt"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_contestId_fkey" FOREIGN KEY ("contestId") REFERENCES "Contest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_awardId_fkey" FOREIGN KEY ("awardId") REFERENCES "Award"("id") ON DELETE CASCADE ON UPDATE CASCADE;
