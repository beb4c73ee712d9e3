"use server";
// The quiz engine's server actions. Each is a public endpoint (reachable by a direct POST): who is
// calling → safeParse → one lib call → result. None of them calls revalidatePath: every quiz page
// is rendered per request, and on the hot save path a revalidation would make Next re-render the
// attempt page inside every save response.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { guardDb, type Retryable } from "../actions/db-guard";
import { fail, invalid, type ActionResult } from "../actions/result";
import { currentParticipant } from "../auth/session";
import { clientIp, userAgent } from "../security/request";
import { saveAnswer, savePrediction } from "./answers";
import { submitAttempt, type SubmittedSummary } from "./close";
import { MSG } from "./messages";
import { saveAnswerSchema, savePredictionSchema, startAttemptSchema, submitAttemptSchema } from "./schema";
import { startAttempt } from "./start";

/** Form action of the Start/Resume button on /thi (useActionState): redirects into the attempt. */
export async function startAttemptAction(_prev: ActionResult<{ attemptId: string }> | null, formData: FormData): Promise<ActionResult<{ attemptId: string }> | Retryable> {
  const caller = await currentParticipant();
  if (!caller) return fail(MSG.signIn);
  const parsed = startAttemptSchema.safeParse({ roundId: formData.get("roundId") });
  if (!parsed.success) return invalid(parsed.error);
  const h = await headers();
  const result = await guardDb("start", () => startAttempt(caller, parsed.data.roundId, { ip: clientIp(h), userAgent: userAgent(h) }));
  if (!result.ok) return result;
  redirect(`/thi/${result.data.attemptId}`);
}

export async function saveAnswerAction(input: unknown): Promise<ActionResult<{ savedAt: string }> | Retryable> {
  const caller = await currentParticipant();
  if (!caller) return fail(MSG.signIn);
  const parsed = saveAnswerSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  return guardDb("save", () => saveAnswer(caller.id, parsed.data));
}

export async function savePredictionAction(input: unknown): Promise<ActionResult<{ savedAt: string }> | Retryable> {
  const caller = await currentParticipant();
  if (!caller) return fail(MSG.signIn);
  const parsed = savePredictionSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  return guardDb("prediction", () => savePrediction(caller.id, parsed.data));
}

export async function submitAttemptAction(input: unknown): Promise<ActionResult<SubmittedSummary> | Retryable> {
  const caller = await currentParticipant();
  if (!caller) return fail(MSG.signIn);
  const parsed = submitAttemptSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  return guardDb("submit", () => submitAttempt(caller.id, parsed.data.attemptId, parsed.data.source));
}
