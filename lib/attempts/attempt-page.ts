// What the attempt page /thi/<attemptId> shows: the runner's payload for the signed-in owner, or
// the fact that the attempt is closed (submitted, or expired and closed lazily by this very read).
import "server-only";
import { db } from "../db";
import { now } from "../time";
import { closeAttemptIfExpired } from "./close";
import { isPastGrace } from "./rules";
import { buildRunnerPayload, type RunnerPayload } from "./runner-payload";

export type AttemptPageData = { kind: "not-found" } | { kind: "closed" } | { kind: "running"; payload: RunnerPayload };

export async function getAttemptPageData(attemptId: string, participantId: string): Promise<AttemptPageData> {
  const a = await db.attempt.findFirst({
    where: { id: attemptId, participantId },
    select: {
      id: true,
      status: true,
      deadline: true,
      prediction: true,
      round: { select: { name: true, predictionQuestion: true, graceSec: true } },
      // Text and options only: the answer key is not read here at all.
      items: {
        orderBy: { position: "asc" },
        select: { position: true, optionOrder: true, chosenIndex: true, questionVersion: { select: { text: true, options: true } } },
      },
    },
  });
  if (!a) return { kind: "not-found" };
  if (a.status === "SUBMITTED") return { kind: "closed" };
  const at = now();
  if (isPastGrace(at, a.deadline, a.round.graceSec)) {
    await closeAttemptIfExpired(a.id);
    return { kind: "closed" };
  }
  return { kind: "running", payload: buildRunnerPayload(a, at) };
}
