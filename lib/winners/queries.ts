// Reads of stored winner computations for staff (the route handler's GET, the jury review).
// Shaped objects; full personal data only to callers that already passed authorizeStaff("jury").
import "server-only";
import { z } from "zod";
import { db } from "../db";
import { predictionTruthSchema } from "../ranking/prediction-truth";
import type { AwardedPrize } from "../ranking/prizes";
import { rankingOrderSchema, type RankingOrder } from "../ranking/ranking-order";
import { maskCccd, maskPhone } from "../text";
import { computationKindSchema, type ComputationKind } from "../ranking/computation-kind";
import { MISSING_AS_MAX_INT } from "./ranking-sql";
import { computationColumnsSelect } from "./verify-rows";

const storedPrizesSchema = z.array(
  z.object({
    participantId: z.string(),
    attemptId: z.string(),
    rank: z.number().int(),
    tier: z.string(),
    tierName: z.string(),
    tierOrder: z.number().int(),
  }),
);

/** The prizes JSON of a computation; an unreadable value reads as no prizes. */
export function parseStoredPrizes(value: unknown): AwardedPrize[] {
  const parsed = storedPrizesSchema.safeParse(value);
  return parsed.success ? parsed.data : [];
}

/** Version of the WinnerComputation.inputs document (bump when its shape changes; keep old ones readable). */
export const STORED_INPUTS_FORMAT = 1;

const storedInputsSchema = z.object({
  format: z.literal(STORED_INPUTS_FORMAT),
  rulesetVersion: z.string(),
  kind: computationKindSchema,
  rankingOrder: rankingOrderSchema,
  settingsVersion: z.number().int(),
  predictionTruth: predictionTruthSchema,
  trueValue: z.number().int(),
  trueValueCounted: z.number().int(),
  trueValueSource: z.enum(["counted", "override"]),
  trueValueOverrideReason: z.string().nullable(),
  attemptCount: z.number().int(),
  participantCount: z.number().int(),
  prizeTiers: z.array(z.object({ code: z.string(), name: z.string(), count: z.number().int(), amount: z.number().int().optional() })),
  minScoreForPrize: z.number().int().nullable(),
  excludeEarlierWinners: z.boolean(),
  disqualifiedIds: z.array(z.string()),
  earlierWinnerIds: z.array(z.string()),
  /** Organiser members among the entries the prize walk read (enough to replay it exactly). */
  organiserMemberIds: z.array(z.string()),
  entriesDigest: z.string(),
});

/** Every input the ranking and the prize walk read, as stored with a computation (compute.ts). */
export type StoredInputs = z.infer<typeof storedInputsSchema>;

/**
 * The inputs JSON of a computation: null for computations stored before inputs were kept, and
 * "unreadable" when the stored value does not have the expected shape (e.g. edited by hand).
 */
export function parseStoredInputs(value: unknown): StoredInputs | "unreadable" | null {
  if (value === null || value === undefined) return null;
  const parsed = storedInputsSchema.safeParse(value);
  return parsed.success ? parsed.data : "unreadable";
}

export interface ComputationSummary {
  id: string;
  roundId: string;
  kind: ComputationKind;
  computedAt: Date;
  computedBy: string;
  forced: boolean;
  forceReason: string | null;
  rulesetVersion: string;
  rankingOrder: RankingOrder;
  settingsVersion: number;
  trueValue: number;
  participantCount: number;
  attemptCount: number;
  entryCount: number;
  inputHash: string;
  prizes: AwardedPrize[];
  /** Null for computations stored before inputs were kept; "unreadable" when altered out of shape. */
  inputs: StoredInputs | "unreadable" | null;
  /** Set when something changed the data it was computed from (an applied regrade). */
  staleAt: Date | null;
  staleReason: string | null;
}

const summarySelect = {
  id: true,
  roundId: true,
  kind: true,
  computedAt: true,
  computedBy: true,
  forced: true,
  forceReason: true,
  ...computationColumnsSelect,
  entryCount: true,
  inputHash: true,
  prizes: true,
  inputs: true,
  staleAt: true,
  staleReason: true,
} as const;

function toSummary<T extends { prizes: unknown; inputs: unknown }>(
  row: T,
): Omit<T, "prizes" | "inputs"> & { prizes: AwardedPrize[]; inputs: StoredInputs | "unreadable" | null } {
  return { ...row, prizes: parseStoredPrizes(row.prizes), inputs: parseStoredInputs(row.inputs) };
}

export async function getComputationSummary(id: string): Promise<ComputationSummary | null> {
  const row = await db.winnerComputation.findUnique({ where: { id }, select: summarySelect });
  return row ? toSummary(row) : null;
}

/** The latest computation of a round (computedAt strictly increases per round; see compute.ts). */
export async function getLatestComputation(roundId: string): Promise<ComputationSummary | null> {
  const row = await db.winnerComputation.findFirst({ where: { roundId }, orderBy: [{ computedAt: "desc" }, { id: "desc" }], select: summarySelect });
  return row ? toSummary(row) : null;
}

export interface RankingRow {
  rank: number;
  participantId: string;
  attemptId: string;
  correctCount: number;
  /** null when the counted attempt has no prediction (ranked as +∞). */
  predictionDiff: number | null;
  /** null when the attempt has no server-measured duration (ranked as +∞). */
  durationMs: number | null;
  submittedAt: Date;
  prizeTier: string | null;
  excludedReason: string | null;
  isDisqualified: boolean;
  participant: {
    fullName: string;
    birthDate: string;
    districtName: string | null;
    unitName: string;
    cccd: string;
    phone: string;
    registeredAt: Date;
    isOrganiserMember: boolean;
  } | null;
}

/** A ranking entry as the staff ranking and its export show it (predictionDiff and durationMs as stored, MISSING_AS_MAX_INT included). */
export const rankingEntryColumnsSelect = {
  rank: true,
  participantId: true,
  correctCount: true,
  predictionDiff: true,
  durationMs: true,
  submittedAt: true,
  prizeTier: true,
  excludedReason: true,
} as const;

/** One page of a computation's ranking, with who each entry is and whether they are disqualified now. */
export async function getRankingPage(computationId: string, roundId: string, page: { offset: number; limit: number }): Promise<RankingRow[]> {
  const entries = await db.rankingEntry.findMany({
    where: { computationId },
    orderBy: { rank: "asc" },
    skip: page.offset,
    take: page.limit,
    select: { ...rankingEntryColumnsSelect, attemptId: true },
  });
  const ids = entries.map((e) => e.participantId);
  const [people, dq] = await Promise.all([
    db.participant.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        fullName: true,
        birthDate: true,
        unitName: true,
        cccd: true,
        phone: true,
        registeredAt: true,
        isOrganiserMember: true,
        district: { select: { name: true } },
      },
    }),
    db.disqualification.findMany({ where: { roundId, participantId: { in: ids }, revokedAt: null }, select: { participantId: true } }),
  ]);
  const byId = new Map(people.map((p) => [p.id, p]));
  const disqualified = new Set(dq.map((d) => d.participantId));
  return entries.map((e) => {
    const p = byId.get(e.participantId);
    return {
      ...e,
      predictionDiff: e.predictionDiff === MISSING_AS_MAX_INT ? null : e.predictionDiff,
      durationMs: e.durationMs === MISSING_AS_MAX_INT ? null : e.durationMs,
      isDisqualified: disqualified.has(e.participantId),
      participant: p
        ? {
            fullName: p.fullName,
            birthDate: p.birthDate,
            districtName: p.district?.name ?? null,
            unitName: p.unitName,
            cccd: p.cccd,
            phone: p.phone,
            registeredAt: p.registeredAt,
            isOrganiserMember: p.isOrganiserMember,
          }
        : null,
    };
  });
}

/** The route handler's GET: the latest computation and the top of its ranking (CCCD/phone masked). */
export async function getWinnersReport(roundId: string, limit: number) {
  const round = await db.round.findUnique({
    where: { id: roundId },
    select: {
      id: true,
      name: true,
      number: true,
      status: true,
      closesAt: true,
      awardYear: true,
      awardMonth: true,
      contest: { select: { slug: true, name: true } },
    },
  });
  if (!round) return null;
  const computation = await getLatestComputation(roundId);
  const rows = computation ? await getRankingPage(computation.id, roundId, { offset: 0, limit }) : [];
  return {
    round,
    computation,
    entries: rows.map((r) => ({
      rank: r.rank,
      participantId: r.participantId,
      attemptId: r.attemptId,
      fullName: r.participant?.fullName ?? null,
      district: r.participant?.districtName ?? null,
      unitName: r.participant?.unitName ?? null,
      cccd: r.participant ? maskCccd(r.participant.cccd) : null,
      phone: r.participant ? maskPhone(r.participant.phone) : null,
      correctCount: r.correctCount,
      predictionDiff: r.predictionDiff,
      durationMs: r.durationMs,
      submittedAt: r.submittedAt,
      prizeTier: r.prizeTier,
      excludedReason: r.excludedReason,
      isDisqualified: r.isDisqualified,
    })),
  };
}
