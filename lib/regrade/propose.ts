// A juror (or an ADMIN) proposes a regrade, and anyone of the jury previews its effect. Nothing is
// graded here: applying is lib/regrade/apply.ts, ADMIN only. Callers ran authorizeStaff("jury").
import "server-only";
import type { ActionResult } from "../actions/result";
import { sweepExpiredAttempts } from "../attempts/sweep";
import { appendAudit } from "../audit/log";
import type { StaffCaller } from "../auth/session";
import { db } from "../db";
import { staffActor } from "../staff/actor";
import { now } from "../time";
import { previewRegradeImpact } from "./dry-run";
import type { RegradeImpact } from "./impact";
import type { ProposeRegradeInput, RegradeRuleInput } from "./schema";
import { checkTarget } from "./target";

export async function proposeRegrade(input: ProposeRegradeInput, staff: StaffCaller): Promise<ActionResult<{ regradeId: string }>> {
  const target = await checkTarget(db, input);
  if (!target.ok) return target;
  const { rule } = target.data;
  const correctIndex = rule.mode === "NEW_KEY" ? rule.correctIndex : null;
  const id = await db.$transaction(async (tx) => {
    const row = await tx.regrade.create({
      data: {
        roundId: input.roundId,
        questionVersionId: input.questionVersionId,
        mode: rule.mode,
        correctIndex,
        reason: input.reason,
        proposedById: staff.id,
        proposedAt: now(),
      },
      select: { id: true },
    });
    await appendAudit(tx, {
      actor: staffActor(staff),
      action: "round.regrade.propose",
      entityType: "Round",
      entityId: input.roundId,
      reason: input.reason,
      after: { regradeId: row.id, questionVersionId: input.questionVersionId, mode: rule.mode, correctIndex },
    });
    return row.id;
  });
  return { ok: true, data: { regradeId: id } };
}

/**
 * The dry run of a rule. Abandoned attempts are closed first (as any read after their deadline
 * does, and as the winners computation does), so the numbers are those a recompute will see.
 */
export async function previewRegrade(input: RegradeRuleInput): Promise<ActionResult<RegradeImpact>> {
  const target = await checkTarget(db, input);
  if (!target.ok) return target;
  await sweepExpiredAttempts(input.roundId);
  return { ok: true, data: await previewRegradeImpact(target.data) };
}
