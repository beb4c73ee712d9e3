// When a round's winners may be computed, and which kind (docs/DOMAIN.md §8, "The winners route
// handler"): only during the round's award month (Vietnam time) unless an ADMIN forces it with a
// reason; provisional until the round closes, final after. Used by the route handler, the scheduler
// and the jury's "recompute" button, so all three follow the same rule.
import "server-only";
import { isInAwardMonth } from "../contests/round-phase";
import { isRoundLocked, isRoundVisible } from "../contests/round-status";
import { db } from "../db";
import { now } from "../time";
import { callerActor, callerName, type WinnersCaller } from "./caller";
import { computeRoundWinners } from "./compute";
import { COMPUTATION_KIND_LABEL, type ComputationKind } from "../ranking/computation-kind";
import type { ComputationSummary } from "./queries";

type RunRefusalCode = "ROUND_NOT_FOUND" | "ROUND_DRAFT" | "ROUND_APPROVED" | "OUTSIDE_AWARD_MONTH" | "FORCE_ADMIN_ONLY" | "FORCE_REASON_REQUIRED";

export type RunOutcome =
  | { ok: true; created: boolean; forced: boolean; computation: ComputationSummary }
  | { ok: false; status: 400 | 403 | 404 | 409; code: RunRefusalCode; error: string; awardMonth?: string };

export interface RunRequest {
  force?: boolean;
  reason?: string;
  /**
   * A juror recomputes after a decision (disqualification, reinstatement, true-value override,
   * regrade). Outside the award month this is allowed to JURY and ADMIN when the round already has a
   * computation and a decision came after it: the decision is the reason (docs/FAIRNESS.md §6). It
   * never makes a first computation outside the award month.
   */
  afterDecision?: boolean;
}

const OVERRIDE_ACTION = "round.true-value.override";
const COMPUTE_ACTIONS = ["winners.compute", "winners.compute.forced"];

/**
 * The decision taken since the round's latest computation, in words, or null when there is none
 * (or no computation at all). Read from the decisions themselves: disqualifications created or
 * revoked after it, a true-value override recorded after it, or the computation marked stale.
 */
export async function pendingDecision(roundId: string): Promise<string | null> {
  const latest = await db.winnerComputation.findFirst({
    where: { roundId },
    orderBy: [{ computedAt: "desc" }, { id: "desc" }],
    select: { computedAt: true, staleAt: true, staleReason: true },
  });
  if (!latest) return null;
  const after = latest.computedAt;
  const [dq, override] = await Promise.all([
    db.disqualification.findFirst({
      where: { roundId, OR: [{ createdAt: { gt: after } }, { revokedAt: { gt: after } }] },
      orderBy: [{ createdAt: "desc" }],
      select: { reason: true, revokedAt: true, revokeReason: true, participant: { select: { fullName: true } } },
    }),
    // Ordered by the audit log's own sequence: an override and a computation can share a millisecond.
    db.auditLog
      .findFirst({ where: { action: { in: COMPUTE_ACTIONS }, entityType: "Round", entityId: roundId }, orderBy: { id: "desc" }, select: { id: true } })
      .then((computed) =>
        db.auditLog.findFirst({
          where: { action: OVERRIDE_ACTION, entityType: "Round", entityId: roundId, id: { gt: computed?.id ?? 0 } },
          orderBy: { id: "desc" },
          select: { reason: true },
        }),
      ),
  ]);
  if (dq) {
    return dq.revokedAt && dq.revokedAt > after
      ? `khôi phục thí sinh ${dq.participant.fullName} (${dq.revokeReason ?? ""})`
      : `loại thí sinh ${dq.participant.fullName} (${dq.reason})`;
  }
  if (override) return `điều chỉnh giá trị đúng của câu hỏi dự đoán (${override.reason ?? ""})`;
  if (latest.staleAt && latest.staleAt > latest.computedAt) return latest.staleReason ?? "dữ liệu đã thay đổi sau lần tính gần nhất";
  return null;
}

/** "12/2023": the award month as people write it. */
export function awardMonthLabel(round: { awardYear: number; awardMonth: number }): string {
  return `${String(round.awardMonth).padStart(2, "0")}/${round.awardYear}`;
}

/** Rule 8: provisional standings while the round is open; final once it has closed. */
function computationKindAt(round: { closesAt: Date }, at: Date): ComputationKind {
  return at.getTime() > round.closesAt.getTime() ? "FINAL" : "PROVISIONAL";
}

export async function runRoundWinners(roundId: string, caller: WinnersCaller, request: RunRequest = {}): Promise<RunOutcome> {
  const round = await db.round.findUnique({
    where: { id: roundId },
    select: { id: true, status: true, closesAt: true, awardYear: true, awardMonth: true },
  });
  if (!round) return { ok: false, status: 404, code: "ROUND_NOT_FOUND", error: "Không tìm thấy đợt thi." };
  if (!isRoundVisible(round.status)) return { ok: false, status: 409, code: "ROUND_DRAFT", error: "Đợt thi chưa được công bố nên chưa thể tính kết quả." };
  if (isRoundLocked(round.status)) {
    return { ok: false, status: 409, code: "ROUND_APPROVED", error: "Danh sách đoạt giải của đợt thi này đã được phê duyệt; không tính lại." };
  }
  const at = now();
  const awardMonth = awardMonthLabel(round);
  let forced = false;
  let forceReason: string | null = null;
  // FAIRNESS.md §6: after a jury decision an existing ranking is recomputed whatever the month.
  const decision = !isInAwardMonth(round, at) && !request.force && request.afterDecision && caller.kind === "staff" ? await pendingDecision(round.id) : null;
  if (decision) {
    forced = true;
    forceReason = `Tính lại sau quyết định của Ban Giám khảo: ${decision}`;
  } else if (!isInAwardMonth(round, at)) {
    if (!request.force) {
      return {
        ok: false,
        status: 409,
        code: "OUTSIDE_AWARD_MONTH",
        error: `Chỉ được tính kết quả trong tháng xét giải của đợt thi (tháng ${awardMonth}, giờ Việt Nam). Quản trị viên có thể buộc tính với lý do.`,
        awardMonth,
      };
    }
    if (caller.kind !== "staff" || caller.staff.role !== "ADMIN") {
      return {
        ok: false,
        status: 403,
        code: "FORCE_ADMIN_ONLY",
        error: "Chỉ quản trị viên Ban Tổ chức được buộc tính kết quả ngoài tháng xét giải.",
        awardMonth,
      };
    }
    if (!request.reason || request.reason.trim().length === 0) {
      return { ok: false, status: 400, code: "FORCE_REASON_REQUIRED", error: "Vui lòng ghi lý do khi buộc tính kết quả ngoài tháng xét giải.", awardMonth };
    }
    forced = true;
    forceReason = request.reason.trim();
  }
  const result = await computeRoundWinners(round.id, {
    kind: computationKindAt(round, at),
    computedBy: callerName(caller),
    actor: callerActor(caller),
    forced,
    forceReason,
  });
  return { ok: true, created: result.created, forced, computation: result.computation };
}

/** What happened to the ranking after a decision, for the jury: recomputed, unchanged, or why not. */
export function describeRunOutcome(outcome: RunOutcome): string {
  if (!outcome.ok) return `Chưa tính lại kết quả: ${outcome.error}`;
  const kind = COMPUTATION_KIND_LABEL[outcome.computation.kind].toLowerCase();
  return outcome.created ? `Đã tính lại kết quả ${kind}.` : `Kết quả ${kind} không thay đổi.`;
}
