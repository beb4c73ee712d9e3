// Contest and round reads for the public site. Shaped objects, never raw records.
import "server-only";
import { cache } from "react";
import { db } from "../db";
import { parsePrizeTiers } from "./prize-tiers";
import { VISIBLE_ROUND_STATUSES } from "./round-status";
import { publicRoundSettingsSelect, type PublicRound } from "./types";

export type { PublicRound };

/** Contest lists (the public archive, the staff pickers) put the newest first: by year, then by creation. */
export const contestsNewestFirst = [{ year: "desc" as const }, { createdAt: "desc" as const }];

/** A contest as a list or a picker names it. */
export const contestListSelect = { id: true, slug: true, name: true, year: true, isFeatured: true } as const;

const roundSelect = { id: true, number: true, ...publicRoundSettingsSelect, publishedAt: true } as const;

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
  hotline: string;
  contactEmail: string;
  isFeatured: boolean;
  rounds: PublicRound[];
}

/** The contest's own fields as the public pages show them (PublicContest but its rounds); the staff settings page reads them too. */
export const publicContestSelect = {
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
  hotline: true,
  contactEmail: true,
  isFeatured: true,
} as const satisfies Record<keyof Omit<PublicContest, "rounds">, true>;

const contestSelect = {
  ...publicContestSelect,
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
    orderBy: contestsNewestFirst,
    select: { ...contestListSelect, organiserShort: true },
  }),
);
