-- CreateTable
CREATE TABLE "PasswordReset" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "participantId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "secretHash" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "failedTries" INTEGER NOT NULL DEFAULT 0,
    "usedAt" DATETIME,
    "voidedAt" DATETIME,
    "createdAt" DATETIME NOT NULL,
    "requestIpHash" TEXT,
    CONSTRAINT "PasswordReset_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Contest" (
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
    "hotline" TEXT NOT NULL DEFAULT '',
    "contactEmail" TEXT NOT NULL DEFAULT '',
    "isFeatured" BOOLEAN NOT NULL DEFAULT false,
    "isPublished" BOOLEAN NOT NULL DEFAULT true,
    "certificatePattern" TEXT NOT NULL DEFAULT '{n}/GCN-BTC',
    "certificateSeq" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Contest" ("certificatePattern", "certificateSeq", "contactInfo", "createdAt", "id", "intro", "isFeatured", "isPublished", "name", "organiser", "organiserShort", "planReference", "rulesText", "slug", "updatedAt", "year") SELECT "certificatePattern", "certificateSeq", "contactInfo", "createdAt", "id", "intro", "isFeatured", "isPublished", "name", "organiser", "organiserShort", "planReference", "rulesText", "slug", "updatedAt", "year" FROM "Contest";
DROP TABLE "Contest";
ALTER TABLE "new_Contest" RENAME TO "Contest";
CREATE UNIQUE INDEX "Contest_slug_key" ON "Contest"("slug");
CREATE INDEX "Contest_isFeatured_year_idx" ON "Contest"("isFeatured", "year");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "PasswordReset_secretHash_key" ON "PasswordReset"("secretHash");

-- CreateIndex
CREATE INDEX "PasswordReset_participantId_channel_idx" ON "PasswordReset"("participantId", "channel");
