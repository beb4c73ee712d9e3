// An ADMIN applies or rejects a proposed regrade (issue 13 point 3). Applying is one transaction:
// the proposal becomes the question's effective rule in the round (superseding the one applied
// before), every SUBMITTED attempt that showed the question is graded again and re-scored, the
// round's computations are marked stale and certificates already issued are flagged for the jury,
// with the numbers of the dry run stored on the regrade and in the audit log. Attempts still in
// progress follow the applied rule when they are closed (lib/attempts/close.ts, sweep.ts).
import "server-only";
import { sqltag as sql } from "@prisma/client/runtime/client";
import { fail, type ActionResult } from "../actions/result";
import { regradeJoin } from "../attempts/grading-sql";
import { sweepExpiredAttempts } from "../attempts/sweep";
import { appendAudit } from "../audit/log";
import type { StaffCaller } from "../auth/session";
import { db, type Tx } from "../db";
import { isUniqueViolation } from "../db/errors";
import { now } from "../time";
import { regradeActiveKey, ruleOf, type RegradeMode } from "./enums";
import { computeRegradeImpact } from "./dry-run";
import { ALIASES, submittedItemCorrectSql } from "./grading-sql";
import { describeImpact, type RegradeImpact } from "./impact";
import { REGRADE_MSG } from "./messages";
import { staffActor } from "../staff/actor";
import type { ApplyRegradeInput, RejectRegradeInput } from "./schema";

export interface AppliedRegrade {
  roundId: string;
  impact: RegradeImpact;
  staleComputations: number;
  flaggedCertificates: number;
}

/** Thrown inside the transaction to roll it back when the proposal was decided meanwhile. */
class AlreadyDecided extends Error {}

/** The items of the version in the round's submitted attempts, graded again under the applied rule. */
async function regradeItems(tx: Tx, roundId: string, questionVersionId: string): Promise<void> {
  await tx.$executeRaw(sql`
    UPDATE "AttemptItem" AS i SET "isCorrect" = (
      SELECT ${submittedItemCorrectSql()}
      FROM "Attempt" a
      JOIN "QuestionVersion" qv ON qv."id" = i."questionVersionId"
      ${regradeJoin(ALIASES)}
      WHERE a."id" = i."attemptId"
    )
    WHERE i."questionVersionId" = ${questionVersionId}
      AND i."attemptId" IN (SELECT a."id" FROM "Attempt" a WHERE a."roundId" = ${roundId} AND a."status" = 'SUBMITTED')`);
  // The score is the number of correct items, as the attempt stores them now.
  await tx.$executeRaw(sql`
    UPDATE "Attempt" AS a SET "correctCount" = (
      SELECT COUNT(*) FROM "AttemptItem" i WHERE i."attemptId" = a."id" AND i."isCorrect" = TRUE
    )
    WHERE a."roundId" = ${roundId} AND a."status" = 'SUBMITTED'
      AND EXISTS (SELECT 1 FROM "AttemptItem" x WHERE x."attemptId" = a."id" AND x."questionVersionId" = ${questionVersionId})`);
  await tx.attempt.updateMany({ where: { roundId, status: "SUBMITTED", items: { some: { questionVersionId } } }, data: { regradedAt: now() } });
}

/**
 * When the round's computations become stale: now, but after the latest one (computedAt strictly
 * increases per round and may run ahead of the clock, compute.ts nextComputedAt). The next
 * computation gets max(now, latest + 1 ms), never earlier than the mark: see isComputationStale.
 */
async function staleMark(tx: Tx, roundId: string, at: Date): Promise<Date> {
  const latest = await tx.winnerComputation.findFirst({ where: { roundId }, orderBy: { computedAt: "desc" }, select: { computedAt: true } });
  return latest && latest.computedAt.getTime() >= at.getTime() ? new Date(latest.computedAt.getTime() + 1) : at;
}

const ruleSummary = (r: { mode: RegradeMode; correctIndex: number | null }) => ({ mode: r.mode, correctIndex: r.correctIndex });

export async function applyRegrade(input: ApplyRegradeInput, staff: StaffCaller): Promise<ActionResult<AppliedRegrade>> {
  if (staff.role !== "ADMIN") return fail(REGRADE_MSG.adminOnly);
  const proposal = await db.regrade.findUnique({ where: { id: input.regradeId }, select: { roundId: true, status: true } });
  if (!proposal) return fail(REGRADE_MSG.regradeNotFound);
  if (proposal.status !== "PROPOSED") return fail(REGRADE_MSG.alreadyDecided);
  // Abandoned attempts are closed first (they would follow the new rule anyway, but then the dry
  // run stored here and the recompute afterwards see the same attempts).
  await sweepExpiredAttempts(proposal.roundId);
  try {
    const applied = await db.$transaction(
      async (tx) => {
        const r = await tx.regrade.findUniqueOrThrow({
          where: { id: input.regradeId },
          select: {
            id: true,
            roundId: true,
            questionVersionId: true,
            mode: true,
            correctIndex: true,
            reason: true,
            status: true,
            round: { select: { status: true } },
          },
        });
        if (r.status !== "PROPOSED") throw new AlreadyDecided();
        const at = now();
        const key = regradeActiveKey(r.roundId, r.questionVersionId);
        const impact = await computeRegradeImpact(tx, { roundId: r.roundId, questionVersionId: r.questionVersionId, rule: ruleOf(r) });

        const previous = await tx.regrade.findUnique({ where: { activeKey: key }, select: { id: true, mode: true, correctIndex: true } });
        if (previous) await tx.regrade.update({ where: { id: previous.id }, data: { status: "SUPERSEDED", activeKey: null } });
        const claimed = await tx.regrade.updateMany({
          where: { id: r.id, status: "PROPOSED" },
          data: {
            status: "APPLIED",
            activeKey: key,
            decidedById: staff.id,
            decidedAt: at,
            decisionNote: input.note || null,
            summary: JSON.parse(JSON.stringify(impact)) as object,
          },
        });
        if (claimed.count === 0) throw new AlreadyDecided();
        await regradeItems(tx, r.roundId, r.questionVersionId);

        // A regrade that leaves every ranking entry as it was leaves the stored computations true:
        // recomputing would give the same fingerprint and reuse them (compute.ts), so they are not
        // marked, and nothing is flagged.
        let staleComputations = 0;
        let flaggedCertificates = 0;
        if (impact.rankingChanged) {
          const reason = `chấm lại câu hỏi: ${describeImpact(impact).replace(/\.$/, "")} (lý do: ${r.reason})`;
          const staleAt = await staleMark(tx, r.roundId, at);
          staleComputations = (await tx.winnerComputation.updateMany({ where: { roundId: r.roundId }, data: { staleAt, staleReason: reason } })).count;
          flaggedCertificates = (
            await tx.certificate.updateMany({
              where: { award: { roundId: r.roundId }, revokedAt: null },
              data: { flaggedAt: at, flagReason: `Giấy chứng nhận cấp trước khi chấm lại câu hỏi; Ban Giám khảo cần xem lại giải. ${describeImpact(impact)}` },
            })
          ).count;
        }
        await appendAudit(tx, {
          actor: staffActor(staff),
          action: "round.regrade.apply",
          entityType: "Round",
          entityId: r.roundId,
          reason: r.reason,
          before: {
            regradeId: r.id,
            status: "PROPOSED",
            roundStatus: r.round.status,
            effectiveRule: previous ? { regradeId: previous.id, ...ruleSummary(previous) } : null,
          },
          after: {
            regradeId: r.id,
            status: "APPLIED",
            rule: ruleSummary(r),
            supersededRegradeId: previous?.id ?? null,
            note: input.note || null,
            attemptsShown: impact.attemptsShown,
            attemptsChanged: impact.attemptsChanged,
            deltas: impact.deltas,
            rankMoves: impact.rankMoves.count,
            prizeChanges: impact.prizeChanges.map((c) => ({
              participantId: c.participantId,
              kind: c.kind,
              before: c.before?.tier ?? null,
              after: c.after?.tier ?? null,
            })),
            staleComputations,
            flaggedCertificates,
          },
        });
        return { roundId: r.roundId, impact, staleComputations, flaggedCertificates };
      },
      { maxWait: 15_000, timeout: 180_000 },
    );
    // An attempt closing while the transaction ran may have been graded by a close that loaded the
    // old rule before the commit: grade the version's items once more, now that every new close
    // reads the applied rule (idempotent; it changes nothing when no such close happened).
    const proposalNow = await db.regrade.findUniqueOrThrow({ where: { id: input.regradeId }, select: { roundId: true, questionVersionId: true } });
    await db.$transaction((tx) => regradeItems(tx, proposalNow.roundId, proposalNow.questionVersionId));
    return { ok: true, data: applied };
  } catch (e) {
    if (e instanceof AlreadyDecided) return fail(REGRADE_MSG.alreadyDecided);
    // Another proposal of the same question was applied at the same moment (Regrade.activeKey is unique).
    if (isUniqueViolation(e)) return fail(REGRADE_MSG.concurrent);
    throw e;
  }
}

export async function rejectRegrade(input: RejectRegradeInput, staff: StaffCaller): Promise<ActionResult<undefined>> {
  if (staff.role !== "ADMIN") return fail(REGRADE_MSG.adminOnly);
  return db.$transaction(async (tx) => {
    const r = await tx.regrade.findUnique({
      where: { id: input.regradeId },
      select: { id: true, roundId: true, mode: true, correctIndex: true, status: true },
    });
    if (!r) return fail(REGRADE_MSG.regradeNotFound);
    const claimed = await tx.regrade.updateMany({
      where: { id: r.id, status: "PROPOSED" },
      data: { status: "REJECTED", decidedById: staff.id, decidedAt: now(), decisionNote: input.note },
    });
    if (claimed.count === 0) return fail(REGRADE_MSG.alreadyDecided);
    await appendAudit(tx, {
      actor: staffActor(staff),
      action: "round.regrade.reject",
      entityType: "Round",
      entityId: r.roundId,
      reason: input.note,
      before: { regradeId: r.id, status: "PROPOSED", rule: ruleSummary(r) },
      after: { regradeId: r.id, status: "REJECTED" },
    });
    return { ok: true as const, data: undefined };
  });
}
