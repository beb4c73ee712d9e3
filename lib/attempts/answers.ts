// Saving answers while an attempt runs: the hot path (one call per choice, thousands of people at
// once), so a save is ONE conditional UPDATE that only matches while the attempt is the caller's,
// IN_PROGRESS and not past its deadline (no grace for saves). Idempotent; the last write wins.
// Only when it matches nothing does a second read find out why, to give the right reason.
import "server-only";
import { fail, ok, type ActionResult } from "../actions/result";
import { db } from "../db";
import { now } from "../time";
import { MSG } from "./messages";
import { optionIndexOfToken } from "./option-order";

async function whyNotSaved(attemptId: string, participantId: string): Promise<string> {
  const a = await db.attempt.findFirst({ where: { id: attemptId, participantId }, select: { status: true } });
  if (!a) return MSG.attemptNotFound;
  if (a.status === "SUBMITTED") return MSG.saveSubmitted;
  return MSG.saveExpired;
}

export async function saveAnswer(
  participantId: string,
  input: { attemptId: string; position: number; token: string },
): Promise<ActionResult<{ savedAt: string }>> {
  const chosenIndex = optionIndexOfToken(input.attemptId, input.position, input.token);
  if (chosenIndex === null) return fail(MSG.invalidOption);
  const at = now();
  const { count } = await db.attemptItem.updateMany({
    where: {
      attemptId: input.attemptId,
      position: input.position,
      attempt: { participantId, status: "IN_PROGRESS", deadline: { gte: at } },
    },
    data: { chosenIndex, savedAt: at },
  });
  if (count === 1) return ok({ savedAt: at.toISOString() });
  return fail(await whyNotSaved(input.attemptId, participantId));
}

export async function savePrediction(participantId: string, input: { attemptId: string; prediction: number }): Promise<ActionResult<{ savedAt: string }>> {
  const at = now();
  const { count } = await db.attempt.updateMany({
    where: { id: input.attemptId, participantId, status: "IN_PROGRESS", deadline: { gte: at } },
    data: { prediction: input.prediction },
  });
  if (count === 1) return ok({ savedAt: at.toISOString() });
  return fail(await whyNotSaved(input.attemptId, participantId));
}
