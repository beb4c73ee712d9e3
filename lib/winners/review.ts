// What the jury review page (/quan-tri/giam-khao) shows: the rounds to choose from, and for one
// round its state, latest computation, one page of the ranking with integrity flags, and the
// disqualification history. Staff only (the page runs authorizeStaff("jury") first).
// CCCD and phone leave this module masked and the birth date as its year only (the jury may not
// export them either): one person's full identity is shown on request, with a reason, audited
// (lib/winners/reveal.ts).
import "server-only";
import { parsePrizeTiers, type PrizeTier } from "../contests/prize-tiers";
import { isInAwardMonth } from "../contests/round-phase";
import type { RoundStatus } from "../contests/round-status";
import { db } from "../db";
import type { PredictionTruth } from "../ranking/prediction-truth";
import { maskCccd, maskPhone } from "../text";
import { now } from "../time";
import { integrityFlags, type IntegrityFlag } from "./integrity";
import { getLatestComputation, getRankingPage, type ComputationSummary, type RankingRow } from "./queries";
import { awardMonthLabel, pendingDecision } from "./run";

const REVIEW_PAGE_SIZE = 50;

export async function listReviewRounds() {
  return db.contest.findMany({
    orderBy: [{ isFeatured: "desc" }, { year: "desc" }, { createdAt: "desc" }],
    select: {
      id: true,
      name: true,
      year: true,
      rounds: { orderBy: { number: "asc" }, select: { id: true, name: true, number: true, status: true, closesAt: true, awardYear: true, awardMonth: true } },
    },
  });
}

export type ReviewContest = Awaited<ReturnType<typeof listReviewRounds>>[number];

/** The round to open by default (featured contest first): the one in its award month, else the last closed, else the first. */
export function defaultReviewRoundId(contests: ReviewContest[], at: Date): string | null {
  const rounds = contests[0]?.rounds ?? [];
  const due = rounds.find((r) => isInAwardMonth(r, at));
  const closed = rounds.filter((r) => r.closesAt.getTime() < at.getTime()).at(-1);
  return (due ?? closed ?? rounds[0])?.id ?? null;
}

interface ReviewRound {
  id: string;
  name: string;
  number: number;
  contestId: string;
  contestName: string;
  status: RoundStatus;
  opensAt: Date;
  closesAt: Date;
  awardMonth: string;
  isInAwardMonth: boolean;
  isClosed: boolean;
  questionCount: number;
  predictionQuestion: string;
  predictionTruth: PredictionTruth;
  trueValue: number | null;
  trueValueOverride: number | null;
  trueValueOverrideReason: string | null;
  prizeTiers: PrizeTier[];
  approvedAt: Date | null;
  publishedAt: Date | null;
}

/** Who a ranking entry is, as the jury page shows it: no full CCCD, phone or birth date. */
interface ReviewPerson {
  fullName: string;
  birthYear: string;
  districtName: string | null;
  unitName: string;
  cccdMasked: string;
  phoneMasked: string;
  isOrganiserMember: boolean;
}

export type ReviewRow = Omit<RankingRow, "participant"> & { participant: ReviewPerson | null; flags: IntegrityFlag[] };

function maskPerson(p: NonNullable<RankingRow["participant"]>): ReviewPerson {
  return {
    fullName: p.fullName,
    birthYear: p.birthDate.slice(0, 4),
    districtName: p.districtName,
    unitName: p.unitName,
    cccdMasked: maskCccd(p.cccd),
    phoneMasked: maskPhone(p.phone),
    isOrganiserMember: p.isOrganiserMember,
  };
}

export interface RoundReview {
  round: ReviewRound;
  computation: ComputationSummary | null;
  rows: ReviewRow[];
  page: number;
  pageCount: number;
  /** A jury decision taken after the latest computation, in words (it allows a recompute outside the award month). */
  pendingDecision: string | null;
  disqualifications: {
    id: string;
    participantId: string;
    fullName: string;
    reason: string;
    createdAt: Date;
    revokedAt: Date | null;
    revokeReason: string | null;
  }[];
}

export async function getRoundReview(roundId: string, requestedPage: number): Promise<RoundReview | null> {
  const r = await db.round.findUnique({
    where: { id: roundId },
    select: {
      id: true,
      name: true,
      number: true,
      contestId: true,
      contest: { select: { name: true } },
      status: true,
      opensAt: true,
      closesAt: true,
      awardYear: true,
      awardMonth: true,
      questionCount: true,
      predictionQuestion: true,
      predictionTruth: true,
      trueValue: true,
      trueValueOverride: true,
      trueValueOverrideReason: true,
      prizeTiers: true,
      approvedAt: true,
      publishedAt: true,
    },
  });
  if (!r) return null;
  const at = now();
  const round: ReviewRound = {
    ...r,
    contestName: r.contest.name,
    awardMonth: awardMonthLabel(r),
    isInAwardMonth: isInAwardMonth(r, at),
    isClosed: at.getTime() > r.closesAt.getTime(),
    prizeTiers: parsePrizeTiers(r.prizeTiers),
  };
  const [computation, dq, decision] = await Promise.all([
    getLatestComputation(r.id),
    db.disqualification.findMany({
      where: { roundId: r.id },
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        participantId: true,
        reason: true,
        createdAt: true,
        revokedAt: true,
        revokeReason: true,
        participant: { select: { fullName: true } },
      },
    }),
    pendingDecision(r.id),
  ]);
  const pageCount = computation ? Math.max(1, Math.ceil(computation.entryCount / REVIEW_PAGE_SIZE)) : 1;
  const page = Math.min(Math.max(1, requestedPage), pageCount);
  const rows = computation ? await getRankingPage(computation.id, r.id, { offset: (page - 1) * REVIEW_PAGE_SIZE, limit: REVIEW_PAGE_SIZE }) : [];
  const flags = await integrityFlags({
    contestId: r.contestId,
    roundId: r.id,
    questionCount: r.questionCount,
    participantIds: rows.map((x) => x.participantId),
  });
  return {
    round,
    computation,
    rows: rows.map(({ participant, ...x }) => ({ ...x, participant: participant ? maskPerson(participant) : null, flags: flags.get(x.participantId) ?? [] })),
    page,
    pageCount,
    pendingDecision: decision,
    disqualifications: dq.map(({ participant, ...d }) => ({ ...d, fullName: participant.fullName })),
  };
}
