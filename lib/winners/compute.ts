// Computes and stores a round's winners (docs/DOMAIN.md §4–§8, "The winners route handler"):
// the ranking is written in the database by set-based SQL, only the top of it is read back to
// allocate the prizes, and the whole computation is fingerprinted so that running it again on the
// same data stores nothing new and returns the existing computation.
import "server-only";
import { randomUUID } from "node:crypto";
import { sweepExpiredAttempts } from "../attempts/sweep";
import { appendAudit, audit, type AuditInput } from "../audit/log";
import { parsePrizeTiers } from "../contests/prize-tiers";
import { db, type Tx } from "../db";
import { isUniqueViolation } from "../db/errors";
import { computeInputHash, entriesDigester, RULESET_VERSION } from "../ranking/input-hash";
import type { PrizeAllocation, PrizeRules } from "../ranking/prizes";
import { resolveTrueValue } from "../ranking/true-value";
import { now } from "../time";
import type { ComputationKind } from "../ranking/computation-kind";
import { allocateFromTop, markEntries } from "./allocation";
import { entryPages, insertRanking, organiserMembersUpTo } from "./ranking-sql";
import { getComputationSummary, STORED_INPUTS_FORMAT, type ComputationSummary, type StoredInputs } from "./queries";

export interface ComputeOptions {
  kind: ComputationKind;
  computedBy: string; // staff username or "cron"
  actor: AuditInput["actor"];
  forced?: boolean;
  forceReason?: string | null;
}

export interface ComputeResult {
  created: boolean;
  computation: ComputationSummary;
}

/** Thrown inside the transaction to roll back a computation identical to a stored one. */
class SameAsStored extends Error {
  constructor(readonly computationId: string) {
    super("identical computation already stored");
  }
}

const roundSelect = {
  id: true,
  contestId: true,
  number: true,
  rankingOrder: true,
  settingsVersion: true,
  predictionTruth: true,
  trueValue: true,
  trueValueOverride: true,
  trueValueOverrideReason: true,
  prizeTiers: true,
  minScoreForPrize: true,
  excludeEarlierWinners: true,
} as const;

/**
 * Computed-at instants strictly increase per round, so "the latest computation" is well defined
 * even when two runs fall in the same millisecond (or under a fixed test clock).
 */
function nextComputedAt(latest: Date | undefined): Date {
  const at = now();
  return latest && at.getTime() <= latest.getTime() ? new Date(latest.getTime() + 1) : at;
}

async function latestComputedAt(tx: Tx | typeof db, roundId: string): Promise<{ id: string; computedAt: Date } | null> {
  return tx.winnerComputation.findFirst({ where: { roundId }, orderBy: [{ computedAt: "desc" }, { id: "desc" }], select: { id: true, computedAt: true } });
}

const sortedUnique = (ids: Iterable<string>) => [...new Set(ids)].sort();

/** The last rank the prize walk looked at: beyond it no entry's eligibility mattered. */
function walkEnd(allocation: PrizeAllocation, entryCount: number): number {
  if (!allocation.complete && !allocation.stoppedAtMinScore) return entryCount; // the walk read every entry
  return Math.max(0, ...allocation.awards.map((a) => a.rank), ...allocation.skipped.map((k) => k.rank));
}

interface RankedRun {
  computationId: string;
  entryCount: number;
  inputHash: string;
  inputs: StoredInputs;
  allocation: PrizeAllocation;
  /** The value the system counted at the close (kept on the round by a FINAL computation). */
  countedTrueValue: number;
  roundTrueValue: number | null;
}

/**
 * Ranks the round's current data into a new computation row (hash still pending) inside `tx`, walks
 * the prizes and fingerprints the result. Shared by the computation itself and by the "Kiểm tra
 * lại" live check (lib/winners/verify.ts), which runs it in a transaction it rolls back.
 */
export async function rankIntoComputation(
  tx: Tx,
  roundId: string,
  options: Pick<ComputeOptions, "kind" | "computedBy" | "forced" | "forceReason">,
): Promise<RankedRun> {
  // Settings, counts and exclusions are read in the same transaction as the ranking.
  const round = await tx.round.findUniqueOrThrow({ where: { id: roundId }, select: roundSelect });
  const tiers = parsePrizeTiers(round.prizeTiers);
  const rules: PrizeRules = { tiers, minScoreForPrize: round.minScoreForPrize, excludeEarlierWinners: round.excludeEarlierWinners };
  const attemptCount = await tx.attempt.count({ where: { roundId, status: "SUBMITTED" } });
  const dq = await tx.disqualification.findMany({ where: { roundId, revokedAt: null }, select: { participantId: true } });
  const earlier = round.excludeEarlierWinners
    ? await tx.award.findMany({ where: { round: { contestId: round.contestId, number: { lt: round.number } } }, select: { participantId: true } })
    : [];
  const latest = await latestComputedAt(tx, roundId);

  const computation = await tx.winnerComputation.create({
    data: {
      roundId,
      kind: options.kind,
      computedAt: nextComputedAt(latest?.computedAt),
      computedBy: options.computedBy,
      forced: options.forced ?? false,
      forceReason: options.forced ? (options.forceReason ?? null) : null,
      rulesetVersion: RULESET_VERSION,
      rankingOrder: round.rankingOrder,
      settingsVersion: round.settingsVersion,
      trueValue: 0,
      participantCount: 0,
      attemptCount,
      entryCount: 0,
      inputHash: `pending:${randomUUID()}`,
      prizes: [],
    },
    select: { id: true },
  });
  // Rule 5: an override wins; counting attempts is known now; counting participants is done
  // by the ranking query itself (one entry per participant with a submitted attempt).
  const fixedTrueValue = round.trueValueOverride ?? (round.predictionTruth === "ATTEMPTS" ? attemptCount : null);
  if (db.provider === "postgresql") {
    // Sorting a few hundred thousand rows: keep it in memory for this transaction only. No JIT:
    // the planner cannot estimate "first attempt per person" (it guesses 0.5 % of the rows) and
    // its JIT compilation costs more than it saves on this one-off query.
    await tx.$executeRawUnsafe("SET LOCAL work_mem = '64MB'");
    await tx.$executeRawUnsafe("SET LOCAL jit = off");
  }
  const entryCount = await insertRanking(tx, db.provider, { computationId: computation.id, roundId, order: round.rankingOrder, fixedTrueValue });
  const counts = { participantCount: entryCount, attemptCount };
  const truth = resolveTrueValue(round.predictionTruth, counts, round.trueValueOverride);

  const disqualifiedIds = sortedUnique(dq.map((d) => d.participantId));
  const earlierWinnerIds = sortedUnique(earlier.map((a) => a.participantId));
  const allocation = await allocateFromTop(tx, {
    computationId: computation.id,
    rules,
    disqualified: new Set(disqualifiedIds),
    earlierWinners: new Set(earlierWinnerIds),
  });
  const organiserMemberIds = sortedUnique(await organiserMembersUpTo(tx, computation.id, walkEnd(allocation, entryCount)));
  const digester = entriesDigester();
  for await (const page of entryPages(tx, computation.id, entryCount)) digester.update(page);
  const inputs: StoredInputs = {
    format: STORED_INPUTS_FORMAT,
    rulesetVersion: RULESET_VERSION,
    kind: options.kind,
    rankingOrder: round.rankingOrder,
    settingsVersion: round.settingsVersion,
    predictionTruth: round.predictionTruth,
    trueValue: truth.value,
    trueValueCounted: truth.counted,
    trueValueSource: truth.source,
    trueValueOverrideReason: truth.source === "override" ? (round.trueValueOverrideReason ?? null) : null,
    attemptCount,
    participantCount: counts.participantCount,
    prizeTiers: tiers.map((t) => ({ code: t.code, name: t.name, count: t.count, ...(t.amount !== undefined ? { amount: t.amount } : {}) })),
    minScoreForPrize: round.minScoreForPrize,
    excludeEarlierWinners: round.excludeEarlierWinners,
    disqualifiedIds,
    earlierWinnerIds,
    organiserMemberIds,
    entriesDigest: digester.digest(),
  };
  const inputHash = computeInputHash({ ...inputs, allocation: { awards: allocation.awards, skipped: allocation.skipped } });
  return { computationId: computation.id, entryCount, inputHash, inputs, allocation, countedTrueValue: truth.counted, roundTrueValue: round.trueValue };
}

export async function computeRoundWinners(roundId: string, options: ComputeOptions): Promise<ComputeResult> {
  // Abandoned attempts are closed first, so they are ranked and counted (docs/DOMAIN.md "Time rules for an attempt").
  await sweepExpiredAttempts(roundId);
  let sameAs: string;
  let hashOfThisRun: string | null = null;
  try {
    const id = await db.$transaction(
      async (tx) => {
        const run = await rankIntoComputation(tx, roundId, options);
        const { computationId, entryCount, inputHash, inputs, allocation } = run;
        hashOfThisRun = inputHash;
        const stored = await tx.winnerComputation.findUnique({ where: { roundId_inputHash: { roundId, inputHash } }, select: { id: true } });
        if (stored) throw new SameAsStored(stored.id);

        await markEntries(tx, computationId, allocation);
        await tx.winnerComputation.update({
          where: { id: computationId },
          data: {
            inputHash,
            entryCount,
            participantCount: inputs.participantCount,
            trueValue: inputs.trueValue,
            prizes: JSON.parse(JSON.stringify(allocation.awards)),
            inputs: JSON.parse(JSON.stringify(inputs)),
          },
        });
        // The counted value at close is kept on the round (shown on /ket-qua and the certificates).
        if (options.kind === "FINAL" && run.roundTrueValue !== run.countedTrueValue) {
          await tx.round.update({ where: { id: roundId }, data: { trueValue: run.countedTrueValue } });
        }
        await appendAudit(tx, {
          actor: options.actor,
          action: options.forced ? "winners.compute.forced" : "winners.compute",
          entityType: "Round",
          entityId: roundId,
          reason: options.forced ? (options.forceReason ?? null) : null,
          after: { computationId, kind: options.kind, trueValue: inputs.trueValue, entryCount, prizes: allocation.awards.length },
        });
        return computationId;
      },
      { maxWait: 15_000, timeout: 180_000 },
    );
    return { created: true, computation: (await getComputationSummary(id))! };
  } catch (e) {
    if (e instanceof SameAsStored) sameAs = e.computationId;
    else if (isUniqueViolation(e)) {
      // A concurrent run stored the same computation first: the unique (roundId, inputHash) refused ours.
      const stored = hashOfThisRun
        ? await db.winnerComputation.findUnique({ where: { roundId_inputHash: { roundId, inputHash: hashOfThisRun } }, select: { id: true } })
        : null;
      if (!stored) throw e;
      sameAs = stored.id;
    } else throw e;
  }
  return reuseStored(roundId, sameAs, options);
}

/**
 * Same data as a stored computation: nothing new is stored. When that computation is no longer the
 * latest (the data went A → B → A, e.g. a disqualification then its reversal), it becomes the latest
 * again, so the jury always sees the list that matches the current data. A stale mark (set by a
 * regrade) is cleared: the data equals that computation's inputs again, which its hash proves.
 */
async function reuseStored(roundId: string, computationId: string, options: ComputeOptions): Promise<ComputeResult> {
  await db.$transaction(async (tx) => {
    const latest = await latestComputedAt(tx, roundId);
    const row = await tx.winnerComputation.findUniqueOrThrow({ where: { id: computationId }, select: { staleAt: true, staleReason: true } });
    const isLatest = !latest || latest.id === computationId;
    if (isLatest && row.staleAt === null) return;
    await tx.winnerComputation.update({
      where: { id: computationId },
      data: { ...(isLatest ? {} : { computedAt: nextComputedAt(latest!.computedAt) }), staleAt: null, staleReason: null },
    });
    if (row.staleAt !== null) {
      await appendAudit(tx, {
        actor: options.actor,
        action: "winners.compute.unstale",
        entityType: "Round",
        entityId: roundId,
        before: { computationId, staleAt: row.staleAt.toISOString(), staleReason: row.staleReason },
        after: { computationId, created: false },
      });
    }
  });
  if (options.forced) {
    await audit({
      actor: options.actor,
      action: "winners.compute.forced",
      entityType: "Round",
      entityId: roundId,
      reason: options.forceReason ?? null,
      after: { computationId, created: false },
    });
  }
  return { created: false, computation: (await getComputationSummary(computationId))! };
}
