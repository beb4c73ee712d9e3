"use server";
// The regrade server actions (/quan-tri/giam-khao/cham-lai). Thin: authorize → validate → one lib
// call → revalidate → ActionResult. The jury (ADMIN, JURY) proposes and previews; only an ADMIN
// applies or rejects. Every one is a public endpoint, so each checks the caller itself.
import { revalidatePath } from "next/cache";
import { fail, invalid, ok, type ActionResult } from "../actions/result";
import { authorizeStaff } from "../auth/session";
import { describeRunOutcome, runRoundWinners } from "../winners/run";
import { applyRegrade, rejectRegrade } from "./apply";
import { describeImpact, type RegradeImpact } from "./impact";
import { REGRADE_MSG } from "./messages";
import { previewRegrade, proposeRegrade } from "./propose";
import { applyRegradeSchema, proposeRegradeSchema, regradeRuleSchema, rejectRegradeSchema } from "./schema";

const REGRADE_PATH = "/quan-tri/giam-khao/cham-lai";
const JURY_PATH = "/quan-tri/giam-khao";

export async function proposeRegradeAction(input: unknown): Promise<ActionResult<{ regradeId: string; message: string }>> {
  const auth = await authorizeStaff("jury");
  if (!auth.ok) return fail(auth.error);
  const parsed = proposeRegradeSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await proposeRegrade(parsed.data, auth.staff);
  if (!result.ok) return result;
  revalidatePath(REGRADE_PATH);
  return ok({ regradeId: result.data.regradeId, message: "Đã ghi đề xuất chấm lại; chờ quản trị viên quyết định." });
}

export async function dryRunRegradeAction(input: unknown): Promise<ActionResult<RegradeImpact>> {
  const auth = await authorizeStaff("jury");
  if (!auth.ok) return fail(auth.error);
  const parsed = regradeRuleSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  return previewRegrade(parsed.data);
}

export async function applyRegradeAction(input: unknown): Promise<ActionResult<{ message: string }>> {
  const auth = await authorizeStaff("jury");
  if (!auth.ok) return fail(auth.error);
  if (auth.staff.role !== "ADMIN") return fail(REGRADE_MSG.adminOnly);
  const parsed = applyRegradeSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await applyRegrade(parsed.data, auth.staff);
  if (!result.ok) return result;
  revalidatePath(REGRADE_PATH);
  revalidatePath(JURY_PATH);
  revalidatePath("/ca-nhan");
  const { impact, staleComputations, roundId } = result.data;
  // An applied regrade is a jury decision: the ranking is recomputed at once, as after a
  // disqualification (docs/FAIRNESS.md §6); an approved round is not, and the page says why.
  const next = staleComputations > 0 ? ` ${describeRunOutcome(await runRoundWinners(roundId, { kind: "staff", staff: auth.staff }, { afterDecision: true }))}` : "";
  return ok({ message: `Đã áp dụng chấm lại. ${describeImpact(impact)}${next}` });
}

export async function rejectRegradeAction(input: unknown): Promise<ActionResult<{ message: string }>> {
  const auth = await authorizeStaff("jury");
  if (!auth.ok) return fail(auth.error);
  if (auth.staff.role !== "ADMIN") return fail(REGRADE_MSG.adminOnly);
  const parsed = rejectRegradeSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await rejectRegrade(parsed.data, auth.staff);
  if (!result.ok) return result;
  revalidatePath(REGRADE_PATH);
  return ok({ message: "Đã từ chối đề xuất chấm lại." });
}
