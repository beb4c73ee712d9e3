// Published winners (DOMAIN.md rule 8, "Personal data"): per round of a contest, once PUBLISHED,
// the winners by tier with name, district/unit and masked CCCD/phone, the true prediction value
// and the number of participants. Nothing of an unpublished round leaves the server.
import "server-only";
import { getContestBySlug, getFeaturedContest, listContests, type PublicContest } from "../contests/queries";
import { db } from "../db";
import { maskCccd, maskPhone } from "../text";
import { awardMonthLabel } from "./run";

export interface PublicWinner {
  rank: number;
  fullName: string;
  district: string | null;
  unitName: string;
  cccd: string; // masked
  phone: string; // masked
}

export interface PublicTier {
  code: string;
  name: string;
  order: number;
  winners: PublicWinner[];
}

export interface PublicRoundResult {
  id: string;
  number: number;
  name: string;
  closesAt: Date;
  awardMonth: string; // "03/2023"
  published: boolean;
  publishedAt: Date | null;
  trueValue: number | null;
  participantCount: number | null;
  tiers: PublicTier[];
}

export interface PublicResults {
  contest: { slug: string; name: string; year: number; organiser: string; isFeatured: boolean };
  rounds: PublicRoundResult[];
  otherContests: { slug: string; name: string; year: number; isFeatured: boolean }[];
}

async function resultsOf(contest: PublicContest): Promise<PublicRoundResult[]> {
  const publishedIds = contest.rounds.filter((r) => r.status === "PUBLISHED").map((r) => r.id);
  const awards = publishedIds.length
    ? await db.award.findMany({
        where: { roundId: { in: publishedIds } },
        orderBy: [{ tierOrder: "asc" }, { rank: "asc" }],
        select: {
          roundId: true,
          rank: true,
          tierCode: true,
          tierName: true,
          tierOrder: true,
          computation: { select: { trueValue: true, participantCount: true } },
          participant: { select: { fullName: true, unitName: true, cccd: true, phone: true, district: { select: { name: true } } } },
        },
      })
    : [];
  return contest.rounds.map((r) => {
    const mine = awards.filter((a) => a.roundId === r.id);
    const tiers: PublicTier[] = [];
    for (const a of mine) {
      let tier = tiers.find((t) => t.code === a.tierCode);
      if (!tier) tiers.push((tier = { code: a.tierCode, name: a.tierName, order: a.tierOrder, winners: [] }));
      tier.winners.push({
        rank: a.rank,
        fullName: a.participant.fullName,
        district: a.participant.district?.name ?? null,
        unitName: a.participant.unitName,
        cccd: maskCccd(a.participant.cccd),
        phone: maskPhone(a.participant.phone),
      });
    }
    const published = r.status === "PUBLISHED";
    return {
      id: r.id,
      number: r.number,
      name: r.name,
      closesAt: r.closesAt,
      awardMonth: awardMonthLabel(r),
      published,
      publishedAt: published ? r.publishedAt : null,
      trueValue: published ? (mine[0]?.computation.trueValue ?? null) : null,
      participantCount: published ? (mine[0]?.computation.participantCount ?? null) : null,
      tiers: published ? tiers : [],
    };
  });
}

/** /ket-qua: the featured contest, or the one named by `?cuoc-thi=<slug>`. Null when there is none. */
export async function getPublicResults(slug?: string | null): Promise<PublicResults | null> {
  const contest = slug ? await getContestBySlug(slug) : await getFeaturedContest();
  if (!contest) return null;
  const [rounds, all] = await Promise.all([resultsOf(contest), listContests()]);
  return {
    contest: { slug: contest.slug, name: contest.name, year: contest.year, organiser: contest.organiser, isFeatured: contest.isFeatured },
    rounds,
    otherContests: all.filter((c) => c.slug !== contest.slug).map((c) => ({ slug: c.slug, name: c.name, year: c.year, isFeatured: c.isFeatured })),
  };
}

/** A participant's published awards (for /ca-nhan): only rounds whose results are public. */
export async function listPublishedAwards(participantId: string) {
  const rows = await db.award.findMany({
    where: { participantId, round: { status: "PUBLISHED" } },
    orderBy: [{ round: { closesAt: "asc" } }],
    select: {
      id: true,
      tierCode: true,
      tierName: true,
      rank: true,
      round: { select: { id: true, name: true, number: true, awardYear: true, awardMonth: true, publishedAt: true } },
    },
  });
  return rows.map((a) => ({
    awardId: a.id,
    tierCode: a.tierCode,
    tierName: a.tierName,
    rank: a.rank,
    roundId: a.round.id,
    roundName: a.round.name,
    awardMonth: awardMonthLabel(a.round),
    publishedAt: a.round.publishedAt,
  }));
}
