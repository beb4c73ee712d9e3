-- CreateTable
CREATE TABLE "Contest" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "District" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "contestId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "District_contestId_fkey" FOREIGN KEY ("contestId") REFERENCES "Contest" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Ward" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "districtId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Ward_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Unit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "contestId" TEXT NOT NULL,
    "districtId" TEXT,
    "name" TEXT NOT NULL,
    "headcount" INTEGER,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Unit_contestId_fkey" FOREIGN KEY ("contestId") REFERENCES "Contest" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Unit_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Document" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "contestId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "issuer" TEXT NOT NULL DEFAULT '',
    "issuedOn" TEXT NOT NULL DEFAULT '',
    "url" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Document_contestId_fkey" FOREIGN KEY ("contestId") REFERENCES "Contest" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ConsentText" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "contestId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ConsentText_contestId_fkey" FOREIGN KEY ("contestId") REFERENCES "Contest" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Round" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "contestId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "opensAt" DATETIME NOT NULL,
    "closesAt" DATETIME NOT NULL,
    "awardYear" INTEGER NOT NULL,
    "awardMonth" INTEGER NOT NULL,
    "questionCount" INTEGER NOT NULL DEFAULT 20,
    "timeLimitSec" INTEGER NOT NULL DEFAULT 1200,
    "attemptsAllowed" INTEGER NOT NULL DEFAULT 3,
    "graceSec" INTEGER NOT NULL DEFAULT 10,
    "countingPolicy" TEXT NOT NULL DEFAULT 'BEST_THEN_EARLIEST',
    "rankingOrder" TEXT NOT NULL DEFAULT 'CORRECT_PREDICTION_DURATION',
    "prizeTiers" JSONB NOT NULL,
    "minScoreForPrize" INTEGER,
    "excludeEarlierWinners" BOOLEAN NOT NULL DEFAULT false,
    "documentQuotas" JSONB,
    "predictionQuestion" TEXT NOT NULL,
    "predictionTruth" TEXT NOT NULL DEFAULT 'PARTICIPANTS',
    "trueValue" INTEGER,
    "trueValueOverride" INTEGER,
    "trueValueOverrideReason" TEXT,
    "answerReview" TEXT NOT NULL DEFAULT 'AFTER_CLOSE',
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "settingsVersion" INTEGER NOT NULL DEFAULT 1,
    "decisionNumber" TEXT,
    "decisionDate" TEXT,
    "approvedAt" DATETIME,
    "approvedById" TEXT,
    "publishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Round_contestId_fkey" FOREIGN KEY ("contestId") REFERENCES "Contest" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Participant" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "contestId" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "fullNameSearch" TEXT NOT NULL,
    "birthDate" TEXT NOT NULL,
    "gender" TEXT NOT NULL,
    "cccd" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "email" TEXT,
    "group" TEXT NOT NULL,
    "districtId" TEXT,
    "wardName" TEXT NOT NULL DEFAULT '',
    "unitId" TEXT,
    "unitName" TEXT NOT NULL DEFAULT '',
    "passwordHash" TEXT NOT NULL,
    "isOrganiserMember" BOOLEAN NOT NULL DEFAULT false,
    "registeredAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "registrationIpHash" TEXT,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Participant_contestId_fkey" FOREIGN KEY ("contestId") REFERENCES "Contest" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Participant_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Participant_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ConsentRecord" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "participantId" TEXT NOT NULL,
    "consentTextId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "acceptedAt" DATETIME NOT NULL,
    "ipHash" TEXT,
    CONSTRAINT "ConsentRecord_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ConsentRecord_consentTextId_fkey" FOREIGN KEY ("consentTextId") REFERENCES "ConsentText" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StaffUser" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "username" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "isDisabled" BOOLEAN NOT NULL DEFAULT false,
    "failedLogins" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" DATETIME,
    "passwordChangedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Question" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "contestId" TEXT NOT NULL,
    "documentId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',
    "difficulty" TEXT NOT NULL DEFAULT 'MEDIUM',
    "currentVersion" INTEGER NOT NULL DEFAULT 1,
    "textSearch" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Question_contestId_fkey" FOREIGN KEY ("contestId") REFERENCES "Contest" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Question_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QuestionVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "questionId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "options" JSONB NOT NULL,
    "correctIndex" INTEGER NOT NULL,
    "explanation" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "QuestionVersion_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Attempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "roundId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'IN_PROGRESS',
    "inProgressKey" TEXT,
    "startedAt" DATETIME NOT NULL,
    "deadline" DATETIME NOT NULL,
    "submittedAt" DATETIME,
    "submitSource" TEXT,
    "graceUsedMs" INTEGER,
    "durationMs" INTEGER,
    "correctCount" INTEGER,
    "prediction" INTEGER,
    "ipHash" TEXT,
    "userAgentHash" TEXT,
    CONSTRAINT "Attempt_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Attempt_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AttemptItem" (
    "attemptId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "questionVersionId" TEXT NOT NULL,
    "optionOrder" TEXT NOT NULL,
    "chosenIndex" INTEGER,
    "savedAt" DATETIME,
    "isCorrect" BOOLEAN,

    PRIMARY KEY ("attemptId", "position"),
    CONSTRAINT "AttemptItem_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "Attempt" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AttemptItem_questionVersionId_fkey" FOREIGN KEY ("questionVersionId") REFERENCES "QuestionVersion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WinnerComputation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "roundId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "computedAt" DATETIME NOT NULL,
    "computedBy" TEXT NOT NULL,
    "forced" BOOLEAN NOT NULL DEFAULT false,
    "forceReason" TEXT,
    "rulesetVersion" TEXT NOT NULL,
    "rankingOrder" TEXT NOT NULL,
    "settingsVersion" INTEGER NOT NULL,
    "trueValue" INTEGER NOT NULL,
    "participantCount" INTEGER NOT NULL,
    "attemptCount" INTEGER NOT NULL,
    "entryCount" INTEGER NOT NULL,
    "inputHash" TEXT NOT NULL,
    "prizes" JSONB NOT NULL,
    CONSTRAINT "WinnerComputation_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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
    "submittedAt" DATETIME NOT NULL,
    "prizeTier" TEXT,
    "excludedReason" TEXT,

    PRIMARY KEY ("computationId", "rank"),
    CONSTRAINT "RankingEntry_computationId_fkey" FOREIGN KEY ("computationId") REFERENCES "WinnerComputation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Disqualification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "roundId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" DATETIME,
    "revokedById" TEXT,
    "revokeReason" TEXT,
    CONSTRAINT "Disqualification_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Disqualification_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Award" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "roundId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "computationId" TEXT NOT NULL,
    "attemptId" TEXT NOT NULL,
    "tierCode" TEXT NOT NULL,
    "tierName" TEXT NOT NULL,
    "tierOrder" INTEGER NOT NULL,
    "rank" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Award_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Award_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Award_computationId_fkey" FOREIGN KEY ("computationId") REFERENCES "WinnerComputation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Award_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "Attempt" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Certificate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "contestId" TEXT NOT NULL,
    "awardId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "verificationCode" TEXT NOT NULL,
    "issuedAt" DATETIME NOT NULL,
    "revokedAt" DATETIME,
    "revokeReason" TEXT,
    CONSTRAINT "Certificate_contestId_fkey" FOREIGN KEY ("contestId") REFERENCES "Contest" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Certificate_awardId_fkey" FOREIGN KEY ("awardId") REFERENCES "Award" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL,
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
    "hash" TEXT NOT NULL
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
