// Contest and round reads for the public site. Shaped objects, never raw records.
import "server-only";
import { cache } from "react";
import { db } from "../db";
import { parsePrizeTiers } from "./prize-tiers";
import { VISIBLE_ROUND_STATUSES } from "./round-status";
import type { PublicRound } from "./types";

export type { PublicRound };

const roundSelect = {
  id: true,
  number: true,
  name: true,
  opensAt: true,
  closesAt: true,
  awardYear: true,
  awardMonth: true,
  questionCount: true,
  timeLimitSec: true,
  attemptsAllowed: true,
  graceSec: true,
  rankingOrder: true,
  predictionQuestion: true,
  predictionTruth: true,
  answerReview: true,
  minScoreForPrize: true,
  excludeEarlierWinners: true,
  status: true,
  prizeTiers: true,
  publishedAt: true,
} as const;

export interface PublicContest {
  id: string;
  slug: string;
  name: string;
  organiser: string;
  organiserShort: string;
  year: number;
  planReference: string;
  intro: string;
  rulesText: string;
  contactInfo: string;
  isFeatured: boolean;
  rounds: PublicRound[];
}

const contestSelect = {
  id: true,
  slug: true,
  name: true,
  organiser: true,
  organiserShort: true,
  year: true,
  planReference: true,
  intro: true,
  rulesText: true,
  contactInfo: true,
  isFeatured: true,
  rounds: { where: { status: { in: VISIBLE_ROUND_STATUSES } }, orderBy: { number: "asc" }, select: roundSelect },
} as const;

type ContestRow = { rounds: (Omit<PublicRound, "prizeTiers"> & { prizeTiers: unknown })[] } & Omit<PublicContest, "rounds">;

function shape(row: ContestRow): PublicContest {
  return { ...row, rounds: row.rounds.map((r) => ({ ...r, prizeTiers: parsePrizeTiers(r.prizeTiers) })) };
}

/** The contest shown at "/": the featured one, else the most recent published one. */
export const getFeaturedContest = cache(async (): Promise<PublicContest | null> => {
  const row =
    (await db.contest.findFirst({ where: { isFeatured: true, isPublished: true }, select: contestSelect })) ??
    (await db.contest.findFirst({ where: { isPublished: true }, orderBy: { year: "desc" }, select: contestSelect }));
  return row ? shape(row as ContestRow) : null;
});

export const getContestBySlug = cache(async (slug: string): Promise<PublicContest | null> => {
  const row = await db.contest.findFirst({ where: { slug, isPublished: true }, select: contestSelect });
  return row ? shape(row as ContestRow) : null;
});

/** Every published contest, newest first, for the "earlier contests" list. */
export const listContests = cache(async () =>
  db.contest.findMany({
    where: { isPublished: true },
    orderBy: [{ year: "desc" }, { createdAt: "desc" }],
    select: { id: true, slug: true, name: true, year: true, organiserShort: true, isFeatured: true },
  }),
);
