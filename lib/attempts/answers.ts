// Saving answers while an attempt runs: the hot path (one call per choice, thousands of people at
// once), so a save is ONE conditional UPDATE that only matches while the attempt is the caller's,
// IN_PROGRESS and not past its deadline (no grace for saves). Idempotent; the last write wins.
// Only when it matches nothing does a second read find out why, to give the right reason.
// The caller's session version (lib/auth/session.ts) is matched inside that same UPDATE, so a
// session ended by a password reset cannot save, at no extra query on the hot path.
import "server-only";
import { fail, ok, type ActionResult } from "../actions/result";
import { db } from "../db";
import { now } from "../time";
import { MSG } from "./messages";
import { optionIndexOfToken } from "./option-order";

/** Who is saving: the participant and, from the session token, its session version. */
type Saver = string | { id: string; sessionVersion?: number };

function saverWhere(saver: Saver) {
  if (typeof saver === "string") return { participantId: saver };
  return { participantId: saver.id, ...(saver.sessionVersion === undefined ? {} : { participant: { sessionVersion: saver.sessionVersion } }) };
}

async function whyNotSaved(attemptId: string, saver: Saver): Promise<string> {
  const participantId = typeof saver === "string" ? saver : saver.id;
  const a = await db.attempt.findFirst({
    where: { id: attemptId, participantId },
    select: { status: true, participant: { select: { sessionVersion: true } } },
  });
  if (!a) return MSG.attemptNotFound;
  if (typeof saver !== "string" && saver.sessionVersion !== undefined && a.participant.sessionVersion !== saver.sessionVersion) return MSG.signIn;
  if (a.status === "SUBMITTED") return MSG.saveSubmitted;
  return MSG.saveExpired;
}

export async function saveAnswer(saver: Saver, input: { attemptId: string; position: number; token: string }): Promise<ActionResult<{ savedAt: string }>> {
  const chosenIndex = optionIndexOfToken(input.attemptId, input.position, input.token);
  if (chosenIndex === null) return fail(MSG.invalidOption);
  const at = now();
  const { count } = await db.attemptItem.updateMany({
    where: {
      attemptId: input.attemptId,
      position: input.position,
      attempt: { ...saverWhere(saver), status: "IN_PROGRESS", deadline: { gte: at } },
    },
    data: { chosenIndex, savedAt: at },
  });
  if (count === 1) return ok({ savedAt: at.toISOString() });
  return fail(await whyNotSaved(input.attemptId, saver));
}

export async function savePrediction(saver: Saver, input: { attemptId: string; prediction: number }): Promise<ActionResult<{ savedAt: string }>> {
  const at = now();
  const { count } = await db.attempt.updateMany({
    where: { id: input.attemptId, ...saverWhere(saver), status: "IN_PROGRESS", deadline: { gte: at } },
    data: { prediction: input.prediction },
  });
  if (count === 1) return ok({ savedAt: at.toISOString() });
  return fail(await whyNotSaved(input.attemptId, saver));
}
