"use server";
// The jury's server actions (/quan-tri/giam-khao, capability "jury"), built by staffAction
// (lib/actions/staff-action.ts): caller → role → input → one lib call → revalidate → ActionResult.
import { fail, mapOk, ok, type ActionResult } from "../actions/result";
import { staffAction } from "../actions/staff-action";
import type { StaffCaller } from "../auth/session";
import { approveWinners, disqualifyParticipant, overrideTrueValue, publishWinners, reinstateParticipant } from "./jury";
import { describeRunOutcome, runRoundWinners } from "./run";
import { approveSchema, overrideTrueValueSchema, participantDecisionSchema, publishSchema, recomputeSchema } from "./schema";
import { verifyComputation } from "./verify";

const JURY_PATH = "/quan-tri/giam-khao";

export interface JuryActionData {
  message: string;
}

export const recomputeWinnersAction = staffAction(
  "jury",
  recomputeSchema,
  async ({ roundId, force, reason, afterDecision }, staff): Promise<ActionResult<JuryActionData>> => {
    const outcome = await runRoundWinners(roundId, { kind: "staff", staff }, { force, reason, afterDecision });
    if (!outcome.ok) return fail(outcome.error, outcome.code === "FORCE_REASON_REQUIRED" ? { reason: [outcome.error] } : undefined);
    return ok({ message: describeRunOutcome(outcome) });
  },
  { name: "recomputeWinnersAction", revalidate: [JURY_PATH] },
);

/** A jury decision, then the ranking again (its caller revalidates the jury page). */
async function decideThenRecompute(decided: ActionResult<unknown>, roundId: string, staff: StaffCaller, done: string): Promise<ActionResult<JuryActionData>> {
  if (!decided.ok) return fail(decided.error);
  // A decision outside the award month still updates an already-computed ranking (FAIRNESS.md §6).
  const outcome = await runRoundWinners(roundId, { kind: "staff", staff }, { afterDecision: true });
  return ok({ message: `${done} ${describeRunOutcome(outcome)}` });
}

export const disqualifyParticipantAction = staffAction(
  "jury",
  participantDecisionSchema,
  async (input, staff) => decideThenRecompute(await disqualifyParticipant(input, staff), input.roundId, staff, "Đã loại thí sinh khỏi đợt thi."),
  { name: "disqualifyParticipantAction", revalidate: [JURY_PATH] },
);

export const reinstateParticipantAction = staffAction(
  "jury",
  participantDecisionSchema,
  async (input, staff) => decideThenRecompute(await reinstateParticipant(input, staff), input.roundId, staff, "Đã khôi phục thí sinh."),
  { name: "reinstateParticipantAction", revalidate: [JURY_PATH] },
);

export const overrideTrueValueAction = staffAction(
  "jury",
  overrideTrueValueSchema,
  async (input, staff) => {
    const done =
      input.value === null ? "Đã bỏ giá trị điều chỉnh; dùng giá trị hệ thống đếm." : `Đã điều chỉnh giá trị đúng của câu dự đoán thành ${input.value}.`;
    return decideThenRecompute(await overrideTrueValue(input, staff), input.roundId, staff, done);
  },
  { name: "overrideTrueValueAction", revalidate: [JURY_PATH] },
);

export const approveWinnersAction = staffAction(
  "jury",
  approveSchema,
  async (input, staff) =>
    mapOk(await approveWinners(input, staff), (data): JuryActionData => ({ message: `Đã phê duyệt danh sách ${data.awards} người đoạt giải.` })),
  { name: "approveWinnersAction", revalidate: [JURY_PATH] },
);

export const publishWinnersAction = staffAction(
  "jury",
  publishSchema,
  async (input, staff) => mapOk(await publishWinners(input, staff), (): JuryActionData => ({ message: "Đã công bố kết quả trên trang Kết quả." })),
  { name: "publishWinnersAction", revalidate: [JURY_PATH, "/ket-qua", ["/cuoc-thi/[slug]/ket-qua", "page"], "/ca-nhan"] },
);

/** "Kiểm tra lại": recompute a stored computation from what it stored, and from today's data. Changes nothing. */
export const verifyComputationAction = staffAction(
  "jury",
  approveSchema.pick({ computationId: true }),
  async (input) => {
    const report = await verifyComputation(input.computationId);
    return report ? ok(report) : fail("Không tìm thấy lần tính kết quả này.");
  },
  { name: "verifyComputationAction" },
);
