// The dry run of a regrade: how many submitted attempts change score and by how much, and which
// ranks and prizes move (lib/regrade/impact.ts). It reads what the winners computation reads
// (lib/winners/compute.ts, allocation.ts): the round's rules, its submitted attempts, the active
// disqualifications, the organiser members and, when the round says so, earlier winners. A few
// set-based queries whatever the size of the round; runs on the client it is given, so the apply
// stores the numbers of its own transaction.
import "server-only";
import { sqltag as sql } from "@prisma/client/runtime/client";
import type { GradingRule } from "../attempts/rules";
import { parsePrizeTiers } from "../contests/prize-tiers";
import { db, type Db, type Tx } from "../db";
import { resolveTrueValue } from "../ranking/true-value";
import { hypotheticalRegradeJoin, submittedItemCorrectSql } from "./grading-sql";
import { regradeImpact, type RegradeImpact } from "./impact";

export type Client = Tx | Db;

export interface RegradeTarget {
  roundId: string;
  questionVersionId: string;
  rule: GradingRule;
}

/**
 * attemptId → score under `rule`, for each submitted attempt of the round that showed the version:
 * its other items as stored (they already follow their own applied regrades) plus this version's
 * items graded by the rule exactly as the apply will grade them (grading-sql.ts).
 */
async function regradedCounts(client: Client, t: RegradeTarget): Promise<Map<string, number>> {
  const rows = await client.$queryRaw<{ id: string; n: bigint | number }[]>(sql`
    SELECT a."id" AS "id",
      (SELECT COUNT(*) FROM "AttemptItem" o
        WHERE o."attemptId" = a."id" AND o."questionVersionId" <> ${t.questionVersionId} AND o."isCorrect" = TRUE)
      + (SELECT COUNT(*) FROM "AttemptItem" i
          JOIN "QuestionVersion" qv ON qv."id" = i."questionVersionId"
          ${hypotheticalRegradeJoin(t.rule)}
          WHERE i."attemptId" = a."id" AND i."questionVersionId" = ${t.questionVersionId} AND ${submittedItemCorrectSql()} = TRUE) AS "n"
    FROM "Attempt" a
    WHERE a."roundId" = ${t.roundId} AND a."status" = 'SUBMITTED'
      AND EXISTS (SELECT 1 FROM "AttemptItem" x WHERE x."attemptId" = a."id" AND x."questionVersionId" = ${t.questionVersionId})`);
  return new Map(rows.map((r) => [r.id, Number(r.n)]));
}

export async function computeRegradeImpact(client: Client, t: RegradeTarget): Promise<RegradeImpact> {
  const round = await client.round.findUniqueOrThrow({
    where: { id: t.roundId },
    select: {
      contestId: true,
      number: true,
      rankingOrder: true,
      predictionTruth: true,
      trueValueOverride: true,
      prizeTiers: true,
      minScoreForPrize: true,
      excludeEarlierWinners: true,
    },
  });
  const [attempts, counts, dq, earlier] = await Promise.all([
    client.attempt.findMany({
      where: { roundId: t.roundId, status: "SUBMITTED" },
      select: {
        id: true,
        participantId: true,
        correctCount: true,
        prediction: true,
        durationMs: true,
        submittedAt: true,
        deadline: true,
        participant: { select: { registeredAt: true, isOrganiserMember: true } },
      },
    }),
    regradedCounts(client, t),
    client.disqualification.findMany({ where: { roundId: t.roundId, revokedAt: null }, select: { participantId: true } }),
    round.excludeEarlierWinners
      ? client.award.findMany({ where: { round: { contestId: round.contestId, number: { lt: round.number } } }, select: { participantId: true } })
      : Promise.resolve([]),
  ]);
  // As the SQL ranking does (ranking-sql.ts): a NULL score counts as 0, a missing submittedAt is the deadline.
  const rows = attempts.map((a) => ({
    id: a.id,
    participantId: a.participantId,
    correctCount: a.correctCount ?? 0,
    prediction: a.prediction,
    durationMs: a.durationMs,
    submittedAt: a.submittedAt ?? a.deadline,
    registeredAt: a.participant.registeredAt,
    isOrganiserMember: a.participant.isOrganiserMember,
  }));
  const truth = resolveTrueValue(
    round.predictionTruth,
    { participantCount: new Set(rows.map((a) => a.participantId)).size, attemptCount: rows.length },
    round.trueValueOverride,
  );
  const impact = regradeImpact(t.questionVersionId, t.rule, {
    attempts: rows,
    regradedCounts: counts,
    order: round.rankingOrder,
    trueValue: truth.value,
    rules: { tiers: parsePrizeTiers(round.prizeTiers), minScoreForPrize: round.minScoreForPrize, excludeEarlierWinners: round.excludeEarlierWinners },
    disqualified: new Set(dq.map((d) => d.participantId)),
    earlierWinners: new Set(earlier.map((a) => a.participantId)),
  });
  return withNames(client, impact);
}

/** The names of the people listed (staff only: the page is behind authorizeStaff("jury")). */
async function withNames(client: Client, impact: RegradeImpact): Promise<RegradeImpact> {
  const ids = [...new Set([...impact.rankMoves.shown.map((m) => m.participantId), ...impact.prizeChanges.map((c) => c.participantId)])];
  if (ids.length === 0) return impact;
  const people = await client.participant.findMany({ where: { id: { in: ids } }, select: { id: true, fullName: true } });
  const name = new Map(people.map((p) => [p.id, p.fullName]));
  return {
    ...impact,
    rankMoves: { ...impact.rankMoves, shown: impact.rankMoves.shown.map((m) => ({ ...m, fullName: name.get(m.participantId) ?? "" })) },
    prizeChanges: impact.prizeChanges.map((c) => ({ ...c, fullName: name.get(c.participantId) ?? "" })),
  };
}

/** The dry run outside any transaction (the page's "Xem trước"). */
export function previewRegradeImpact(t: RegradeTarget): Promise<RegradeImpact> {
  return computeRegradeImpact(db, t);
}
