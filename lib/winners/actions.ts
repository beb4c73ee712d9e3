"use server";
// The jury's server actions (/quan-tri/giam-khao). Thin: authorize → validate → one lib call →
// revalidate → ActionResult. Every one is a public endpoint, so each checks the caller itself.
import { revalidatePath } from "next/cache";
import { fail, invalid, ok, type ActionResult } from "../actions/result";
import { authorizeStaff, type StaffCaller } from "../auth/session";
import { approveWinners, disqualifyParticipant, overrideTrueValue, publishWinners, reinstateParticipant } from "./jury";
import { describeRunOutcome, runRoundWinners } from "./run";
import { approveSchema, disqualifySchema, overrideTrueValueSchema, publishSchema, recomputeSchema, reinstateSchema } from "./schema";
import { verifyComputation, type VerifyReport } from "./verify";

const JURY_PATH = "/quan-tri/giam-khao";

export interface JuryActionData {
  message: string;
}

export async function recomputeWinnersAction(input: unknown): Promise<ActionResult<JuryActionData>> {
  const auth = await authorizeStaff("jury");
  if (!auth.ok) return fail(auth.error);
  const parsed = recomputeSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { roundId, force, reason, afterDecision } = parsed.data;
  const outcome = await runRoundWinners(roundId, { kind: "staff", staff: auth.staff }, { force, reason, afterDecision });
  if (!outcome.ok) return fail(outcome.error, outcome.code === "FORCE_REASON_REQUIRED" ? { reason: [outcome.error] } : undefined);
  revalidatePath(JURY_PATH);
  return ok({ message: describeRunOutcome(outcome) });
}

async function decideThenRecompute(roundId: string, staff: StaffCaller, done: string): Promise<ActionResult<JuryActionData>> {
  // A decision outside the award month still updates an already-computed ranking (FAIRNESS.md §6).
  const outcome = await runRoundWinners(roundId, { kind: "staff", staff }, { afterDecision: true });
  revalidatePath(JURY_PATH);
  return ok({ message: `${done} ${describeRunOutcome(outcome)}` });
}

export async function disqualifyParticipantAction(input: unknown): Promise<ActionResult<JuryActionData>> {
  const auth = await authorizeStaff("jury");
  if (!auth.ok) return fail(auth.error);
  const parsed = disqualifySchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await disqualifyParticipant(parsed.data, auth.staff);
  if (!result.ok) return fail(result.error);
  return decideThenRecompute(parsed.data.roundId, auth.staff, "Đã loại thí sinh khỏi đợt thi.");
}

export async function reinstateParticipantAction(input: unknown): Promise<ActionResult<JuryActionData>> {
  const auth = await authorizeStaff("jury");
  if (!auth.ok) return fail(auth.error);
  const parsed = reinstateSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await reinstateParticipant(parsed.data, auth.staff);
  if (!result.ok) return fail(result.error);
  return decideThenRecompute(parsed.data.roundId, auth.staff, "Đã khôi phục thí sinh.");
}

export async function overrideTrueValueAction(input: unknown): Promise<ActionResult<JuryActionData>> {
  const auth = await authorizeStaff("jury");
  if (!auth.ok) return fail(auth.error);
  const parsed = overrideTrueValueSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await overrideTrueValue(parsed.data, auth.staff);
  if (!result.ok) return fail(result.error);
  const done = parsed.data.value === null ? "Đã bỏ giá trị điều chỉnh; dùng giá trị hệ thống đếm." : `Đã điều chỉnh giá trị đúng của câu dự đoán thành ${parsed.data.value}.`;
  return decideThenRecompute(parsed.data.roundId, auth.staff, done);
}

export async function approveWinnersAction(input: unknown): Promise<ActionResult<JuryActionData>> {
  const auth = await authorizeStaff("jury");
  if (!auth.ok) return fail(auth.error);
  const parsed = approveSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await approveWinners(parsed.data, auth.staff);
  if (!result.ok) return fail(result.error);
  revalidatePath(JURY_PATH);
  return ok({ message: `Đã phê duyệt danh sách ${result.data.awards} người đoạt giải.` });
}

export async function publishWinnersAction(input: unknown): Promise<ActionResult<JuryActionData>> {
  const auth = await authorizeStaff("jury");
  if (!auth.ok) return fail(auth.error);
  const parsed = publishSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await publishWinners(parsed.data, auth.staff);
  if (!result.ok) return fail(result.error);
  revalidatePath(JURY_PATH);
  revalidatePath("/ket-qua");
  revalidatePath("/cuoc-thi/[slug]/ket-qua", "page");
  revalidatePath("/ca-nhan");
  return ok({ message: "Đã công bố kết quả trên trang Kết quả." });
}

/** "Kiểm tra lại": recompute a stored computation from what it stored, and from today's data. Changes nothing. */
export async function verifyComputationAction(input: unknown): Promise<ActionResult<VerifyReport>> {
  const auth = await authorizeStaff("jury");
  if (!auth.ok) return fail(auth.error);
  const parsed = approveSchema.pick({ computationId: true }).safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const report = await verifyComputation(parsed.data.computationId);
  if (!report) return fail("Không tìm thấy lần tính kết quả này.");
  return ok(report);
}
