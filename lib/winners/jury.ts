// The jury's decisions on a round (docs/DOMAIN.md §5, §8, §9): disqualify or reinstate a participant,
// override the true prediction value, approve the final list, publish it. Each change and its audit
// entry commit in one transaction. Callers (server actions) have already run authorizeStaff("jury").
import "server-only";
import type { StaffCaller } from "../auth/session";
import { appendAudit } from "../audit/log";
import { isRoundApproved, isRoundLocked, isRoundPublished, isRoundUnderReview, isRoundVisible } from "../contests/round-status";
import { db, type Tx } from "../db";
import { REGRADE_MSG } from "../regrade/messages";
import { isComputationStale } from "../regrade/queries";
import { staffActor } from "../staff/actor";
import { now } from "../time";
import { getLatestComputation } from "./queries";
import type { ApproveInput, ParticipantDecisionInput, OverrideTrueValueInput, PublishInput } from "./schema";

export type JuryResult<T = undefined> = { ok: true; data: T } | { ok: false; error: string };

const LOCKED = "Danh sách đoạt giải của đợt thi này đã được phê duyệt; không thể thay đổi.";

async function roundForChange(roundId: string) {
  return db.round.findUnique({
    where: { id: roundId },
    select: { id: true, contestId: true, status: true, closesAt: true, trueValueOverride: true, trueValueOverrideReason: true },
  });
}

type ChangeableRound = NonNullable<Awaited<ReturnType<typeof roundForChange>>>;

/** The round a jury decision changes; refused when it is missing or its list is approved (locked). */
async function unlockedRound(roundId: string): Promise<{ ok: true; round: ChangeableRound } | { ok: false; error: string }> {
  const round = await roundForChange(roundId);
  if (!round) return { ok: false, error: "Không tìm thấy đợt thi." };
  if (isRoundLocked(round.status)) return { ok: false, error: LOCKED };
  return { ok: true, round };
}

/** The participant's standing disqualification from the round: a revoked one no longer counts. */
function activeDisqualification(tx: Tx, roundId: string, participantId: string) {
  return tx.disqualification.findFirst({ where: { roundId, participantId, revokedAt: null }, select: { id: true, reason: true } });
}

export async function disqualifyParticipant(input: ParticipantDecisionInput, staff: StaffCaller): Promise<JuryResult> {
  const found = await unlockedRound(input.roundId);
  if (!found.ok) return found;
  const { round } = found;
  const person = await db.participant.findFirst({ where: { id: input.participantId, contestId: round.contestId }, select: { id: true, fullName: true } });
  if (!person) return { ok: false, error: "Không tìm thấy thí sinh trong cuộc thi này." };
  return db.$transaction(async (tx) => {
    const active = await activeDisqualification(tx, round.id, person.id);
    if (active) return { ok: false as const, error: "Thí sinh này đã bị loại khỏi đợt thi." };
    const row = await tx.disqualification.create({
      data: { roundId: round.id, participantId: person.id, reason: input.reason, createdById: staff.id, createdAt: now() },
      select: { id: true },
    });
    await appendAudit(tx, {
      actor: staffActor(staff),
      action: "round.disqualify",
      entityType: "Participant",
      entityId: person.id,
      reason: input.reason,
      after: { roundId: round.id, disqualificationId: row.id, fullName: person.fullName },
    });
    return { ok: true as const, data: undefined };
  });
}

export async function reinstateParticipant(input: ParticipantDecisionInput, staff: StaffCaller): Promise<JuryResult> {
  const found = await unlockedRound(input.roundId);
  if (!found.ok) return found;
  const { round } = found;
  return db.$transaction(async (tx) => {
    const active = await activeDisqualification(tx, round.id, input.participantId);
    if (!active) return { ok: false as const, error: "Thí sinh này không bị loại khỏi đợt thi." };
    // Only revoked, never deleted: the history of the decision stays.
    await tx.disqualification.update({ where: { id: active.id }, data: { revokedAt: now(), revokedById: staff.id, revokeReason: input.reason } });
    await appendAudit(tx, {
      actor: staffActor(staff),
      action: "round.reinstate",
      entityType: "Participant",
      entityId: input.participantId,
      reason: input.reason,
      before: { roundId: round.id, disqualificationId: active.id, reason: active.reason },
    });
    return { ok: true as const, data: undefined };
  });
}

export async function overrideTrueValue(input: OverrideTrueValueInput, staff: StaffCaller): Promise<JuryResult> {
  const found = await unlockedRound(input.roundId);
  if (!found.ok) return found;
  const { round } = found;
  await db.$transaction(async (tx) => {
    await tx.round.update({
      where: { id: round.id },
      data: { trueValueOverride: input.value, trueValueOverrideReason: input.value === null ? null : input.reason },
    });
    await appendAudit(tx, {
      actor: staffActor(staff),
      action: "round.true-value.override",
      entityType: "Round",
      entityId: round.id,
      reason: input.reason,
      before: { trueValueOverride: round.trueValueOverride, reason: round.trueValueOverrideReason },
      after: { trueValueOverride: input.value },
    });
  });
  return { ok: true, data: undefined };
}

/**
 * Rule 8: the jury approves the final list. Only the latest computation, only a FINAL one (made
 * after the close); its prizes become Award rows, all in one transaction with the status change.
 */
export async function approveWinners(input: ApproveInput, staff: StaffCaller): Promise<JuryResult<{ awards: number }>> {
  const round = await roundForChange(input.roundId);
  if (!round) return { ok: false, error: "Không tìm thấy đợt thi." };
  if (!isRoundUnderReview(round.status))
    return { ok: false, error: isRoundVisible(round.status) ? "Danh sách đoạt giải đã được phê duyệt." : "Đợt thi chưa được công bố." };
  if (now().getTime() <= round.closesAt.getTime()) return { ok: false, error: "Đợt thi chưa kết thúc: chỉ phê duyệt kết quả chính thức sau khi đóng đợt." };
  const latest = await getLatestComputation(round.id);
  if (!latest || latest.id !== input.computationId)
    return { ok: false, error: "Kết quả đã được tính lại; vui lòng xem lại danh sách mới nhất trước khi phê duyệt." };
  if (latest.kind !== "FINAL") return { ok: false, error: "Chỉ phê duyệt được kết quả chính thức (tính sau khi đợt thi kết thúc). Vui lòng tính lại." };
  // An applied regrade changed the scores after this computation (lib/regrade/apply.ts).
  const freshness = await db.winnerComputation.findUnique({ where: { id: latest.id }, select: { computedAt: true, staleAt: true } });
  if (freshness && isComputationStale(freshness)) return { ok: false, error: REGRADE_MSG.staleComputation };
  // A decision taken after the computation (e.g. outside the award month, when the automatic
  // recompute is refused) must never be bypassed by approving the older list.
  const staleDecisions = await db.disqualification.count({
    where: {
      roundId: round.id,
      OR: [
        { revokedAt: null, participantId: { in: latest.prizes.map((p) => p.participantId) } },
        { createdAt: { gt: latest.computedAt } },
        { revokedAt: { gt: latest.computedAt } },
      ],
    },
  });
  const overrideChanged = round.trueValueOverride !== null && round.trueValueOverride !== latest.trueValue;
  if (staleDecisions > 0 || overrideChanged) {
    return {
      ok: false,
      error: "Có quyết định của Ban Giám khảo sau lần tính gần nhất (loại/khôi phục thí sinh hoặc giá trị dự đoán). Vui lòng tính lại trước khi phê duyệt.",
    };
  }
  const result = await db.$transaction(async (tx) => {
    // Re-checked inside the transaction: two jurors pressing "approve" at once create one list.
    const claimed = await tx.round.updateMany({
      where: { id: round.id, status: "OPEN" },
      data: { status: "APPROVED", approvedAt: now(), approvedById: staff.id },
    });
    if (claimed.count === 0) return { ok: false as const, error: "Danh sách đoạt giải đã được phê duyệt." };
    if (latest.prizes.length > 0) {
      await tx.award.createMany({
        data: latest.prizes.map((p) => ({
          roundId: round.id,
          participantId: p.participantId,
          computationId: latest.id,
          attemptId: p.attemptId,
          tierCode: p.tier,
          tierName: p.tierName,
          tierOrder: p.tierOrder,
          rank: p.rank,
          createdAt: now(),
        })),
      });
    }
    await appendAudit(tx, {
      actor: staffActor(staff),
      action: "round.approve-winners",
      entityType: "Round",
      entityId: round.id,
      after: {
        computationId: latest.id,
        inputHash: latest.inputHash,
        awards: latest.prizes.map((p) => ({ participantId: p.participantId, tier: p.tier, rank: p.rank })),
      },
    });
    return { ok: true as const, data: { awards: latest.prizes.length } };
  });
  return result;
}

/** Rule 8: after approval, the winner list becomes public on /ket-qua. */
export async function publishWinners(input: PublishInput, staff: StaffCaller): Promise<JuryResult> {
  const round = await roundForChange(input.roundId);
  if (!round) return { ok: false, error: "Không tìm thấy đợt thi." };
  if (isRoundPublished(round.status)) return { ok: false, error: "Kết quả đã được công bố." };
  if (!isRoundApproved(round.status)) return { ok: false, error: "Cần phê duyệt danh sách đoạt giải trước khi công bố." };
  return db.$transaction(async (tx) => {
    const claimed = await tx.round.updateMany({ where: { id: round.id, status: "APPROVED" }, data: { status: "PUBLISHED", publishedAt: now() } });
    if (claimed.count === 0) return { ok: false as const, error: "Kết quả đã được công bố." };
    await appendAudit(tx, { actor: staffActor(staff), action: "round.publish-winners", entityType: "Round", entityId: round.id });
    return { ok: true as const, data: undefined };
  });
}
