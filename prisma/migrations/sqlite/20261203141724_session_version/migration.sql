-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Participant" (
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
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Participant_contestId_fkey" FOREIGN KEY ("contestId") REFERENCES "Contest" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Participant_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Participant_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Participant" ("birthDate", "cccd", "contestId", "districtId", "email", "fullName", "fullNameSearch", "gender", "group", "id", "isOrganiserMember", "passwordHash", "phone", "registeredAt", "registrationIpHash", "unitId", "unitName", "updatedAt", "wardName") SELECT "birthDate", "cccd", "contestId", "districtId", "email", "fullName", "fullNameSearch", "gender", "group", "id", "isOrganiserMember", "passwordHash", "phone", "registeredAt", "registrationIpHash", "unitId", "unitName", "updatedAt", "wardName" FROM "Participant";
DROP TABLE "Participant";
ALTER TABLE "new_Participant" RENAME TO "Participant";
CREATE INDEX "Participant_contestId_fullNameSearch_idx" ON "Participant"("contestId", "fullNameSearch");
CREATE INDEX "Participant_districtId_idx" ON "Participant"("districtId");
CREATE INDEX "Participant_unitId_idx" ON "Participant"("unitId");
CREATE UNIQUE INDEX "Participant_contestId_cccd_key" ON "Participant"("contestId", "cccd");
CREATE UNIQUE INDEX "Participant_contestId_phone_key" ON "Participant"("contestId", "phone");
CREATE TABLE "new_StaffUser" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "username" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "isDisabled" BOOLEAN NOT NULL DEFAULT false,
    "failedLogins" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" DATETIME,
    "passwordChangedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_StaffUser" ("createdAt", "failedLogins", "fullName", "id", "isDisabled", "lockedUntil", "passwordChangedAt", "passwordHash", "role", "updatedAt", "username") SELECT "createdAt", "failedLogins", "fullName", "id", "isDisabled", "lockedUntil", "passwordChangedAt", "passwordHash", "role", "updatedAt", "username" FROM "StaffUser";
DROP TABLE "StaffUser";
ALTER TABLE "new_StaffUser" RENAME TO "StaffUser";
CREATE UNIQUE INDEX "StaffUser_username_key" ON "StaffUser"("username");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
