// Contest and round reads for the staff area (settings pages, the bank's contest picker).
import "server-only";
import { db } from "../db";
import { documentFile, documentFileSelect } from "./document-files";
import { parsePrizeTiers } from "./prize-tiers";
import { contestListSelect, contestsNewestFirst, publicContestSelect, type PublicContest } from "./queries";
import { roundSettingsSelect, type PublicRound, type StaffDocument } from "./types";

export interface StaffContestSummary {
  id: string;
  slug: string;
  name: string;
  year: number;
  organiserShort: string;
  isFeatured: boolean;
  isPublished: boolean;
  roundCount: number;
  questionCount: number;
}

export async function listContestsForStaff(): Promise<StaffContestSummary[]> {
  const rows = await db.contest.findMany({
    orderBy: contestsNewestFirst,
    select: { ...contestListSelect, organiserShort: true, isPublished: true, _count: { select: { rounds: true, questions: true } } },
  });
  return rows.map(({ _count, ...c }) => ({ ...c, roundCount: _count.rounds, questionCount: _count.questions }));
}

/** The contest a staff page works on: the one asked for, else the featured one, else the newest. */
export async function resolveStaffContest(contestId: string | undefined): Promise<{ current: StaffContestSummary | null; all: StaffContestSummary[] }> {
  const all = await listContestsForStaff();
  const current = all.find((c) => c.id === contestId) ?? all.find((c) => c.isFeatured) ?? all[0] ?? null;
  return { current, all };
}

/** A round as the settings pages see it: its public settings plus the staff-only fields. */
export type AdminRound = Omit<PublicRound, "publishedAt"> & {
  contestId: string;
  settingsVersion: number;
  decisionNumber: string | null;
  decisionDate: string | null;
  attemptCount: number;
};

const adminRoundSelect = {
  id: true,
  contestId: true,
  number: true,
  ...roundSettingsSelect,
  settingsVersion: true,
  _count: { select: { attempts: true } },
} as const;

type RoundRow = Omit<AdminRound, "prizeTiers" | "attemptCount"> & { prizeTiers: unknown; _count: { attempts: number } };

function shapeAdminRound({ _count, prizeTiers, ...r }: RoundRow): AdminRound {
  return { ...r, prizeTiers: parsePrizeTiers(prizeTiers), attemptCount: _count.attempts };
}

export async function getRoundForAdmin(roundId: string): Promise<AdminRound | null> {
  const row = await db.round.findUnique({ where: { id: roundId }, select: adminRoundSelect });
  return row ? shapeAdminRound(row as RoundRow) : null;
}

/** The public contest's fields, plus what only staff see and edit. */
export interface AdminContest extends Omit<PublicContest, "rounds"> {
  isPublished: boolean;
  certificatePattern: string;
  consent: { version: number; text: string; createdAt: Date } | null;
  consentVersions: number;
  rounds: AdminRound[];
  districts: { id: string; name: string; participants: number; units: number; wards: { id: string; name: string }[] }[];
  /** The study documents in the order /tai-lieu shows them; issuedOn is yyyy-MM-dd or "". */
  documents: StaffDocument[];
  units: { id: string; name: string; headcount: number | null; districtId: string | null; participants: number }[];
}

export async function getContestForAdmin(id: string): Promise<AdminContest | null> {
  const c = await db.contest.findUnique({
    where: { id },
    select: {
      ...publicContestSelect,
      isPublished: true,
      certificatePattern: true,
      consentTexts: { orderBy: { version: "desc" }, take: 1, select: { version: true, text: true, createdAt: true } },
      _count: { select: { consentTexts: true } },
      rounds: { orderBy: { number: "asc" }, select: adminRoundSelect },
      districts: {
        orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
        select: {
          id: true,
          name: true,
          _count: { select: { participants: true, units: true } },
          wards: { orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true } },
        },
      },
      documents: {
        orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
        select: { id: true, code: true, title: true, issuer: true, issuedOn: true, url: true, ...documentFileSelect, _count: { select: { questions: true } } },
      },
      units: {
        orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
        select: { id: true, name: true, headcount: true, districtId: true, _count: { select: { participants: true } } },
      },
    },
  });
  if (!c) return null;
  const { consentTexts, _count, rounds, districts, documents, units, ...rest } = c;
  return {
    ...rest,
    consent: consentTexts[0] ?? null,
    consentVersions: _count.consentTexts,
    rounds: rounds.map((r) => shapeAdminRound(r as RoundRow)),
    districts: districts.map(({ _count: n, ...d }) => ({ ...d, participants: n.participants, units: n.units })),
    documents: documents.map(({ _count: n, fileKey, fileName, fileType, fileSize, ...d }) => ({
      ...d,
      file: documentFile({ fileKey, fileName, fileType, fileSize }),
      questions: n.questions,
    })),
    units: units.map(({ _count: n, ...u }) => ({ ...u, participants: n.participants })),
  };
}
