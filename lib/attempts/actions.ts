"use server";
// The quiz engine's server action: Start/Resume. A public endpoint (reachable by a direct POST):
// who is calling → safeParse → one lib call → redirect into the attempt, whose page comes back in
// the same response. Saving, the prediction and submitting are JSON route handlers
// (lib/attempts/api.ts): the hot path, where an action's RSC pipeline costs too much.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { guardDb, type Retryable } from "../actions/db-guard";
import { fail, invalid, type ActionResult } from "../actions/result";
import { currentParticipant } from "../auth/session";
import { clientIp, userAgent } from "../security/request";
import { MSG } from "./messages";
import { startAttemptSchema } from "./schema";
import { startAttempt } from "./start";

/** Form action of the Start/Resume button on /thi (useActionState): redirects into the attempt. */
export async function startAttemptAction(
  _prev: ActionResult<{ attemptId: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ attemptId: string }> | Retryable> {
  const caller = await currentParticipant();
  if (!caller) return fail(MSG.signIn);
  const parsed = startAttemptSchema.safeParse({ roundId: formData.get("roundId") });
  if (!parsed.success) return invalid(parsed.error);
  const h = await headers();
  const result = await guardDb("start", () => startAttempt(caller, parsed.data.roundId, { ip: clientIp(h), userAgent: userAgent(h) }));
  if (!result.ok) return result;
  redirect(`/thi/${result.data.attemptId}`);
}
