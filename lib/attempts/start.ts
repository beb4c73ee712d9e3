// Starting (or resuming) an attempt (docs/DOMAIN.md §3–§4, "Time rules for an attempt"). Few round trips: one read
// of the round with the caller's attempts and disqualification, the cached bank, one write.
import "server-only";
import { fail, ok, type ActionResult } from "../actions/result";
import { roundPhase } from "../contests/round-phase";
import { db } from "../db";
import { isUniqueViolation } from "../db/errors";
import { consume } from "../security/rate-limit";
import { hashIdentifier } from "../security/request";
import { now } from "../time";
import { closeAttemptIfExpired } from "./close";
import { drawQuestions, parseDocumentQuotas, shuffledOrder } from "./draw";
import { MSG } from "./messages";
import { formatOptionOrder } from "./option-order";
import { getQuestionPool } from "./question-pool";
import { computeDeadline, isPastGrace } from "./rules";
import { startRefusal } from "./start-rules";

export interface StartCaller {
  id: string;
  contestId: string;
}

export interface StartClient {
  ip: string;
  userAgent: string;
}

export type StartResult = ActionResult<{ attemptId: string; resumed: boolean }>;

/** The key of the unique column that allows one in-progress attempt per person and round. */
function inProgressKeyOf(participantId: string, roundId: string): string {
  return `${participantId}:${roundId}`;
}

function loadRoundForStart(roundId: string, participantId: string) {
  return db.round.findUnique({
    where: { id: roundId },
    select: {
      id: true,
      contestId: true,
      status: true,
      opensAt: true,
      closesAt: true,
      questionCount: true,
      timeLimitSec: true,
      attemptsAllowed: true,
      graceSec: true,
      documentQuotas: true,
      attempts: { where: { participantId }, select: { id: true, number: true, status: true, deadline: true } },
      disqualifications: { where: { participantId, revokedAt: null }, select: { id: true }, take: 1 },
    },
  });
}

export async function startAttempt(caller: StartCaller, roundId: string, client: StartClient): Promise<StartResult> {
  const limit = await consume("start-ip", client.ip);
  if (!limit.ok) return fail(limit.message);

  // A lost race (another start won the unique slot) is retried from a fresh read: it then resumes.
  for (let tries = 0; tries < 3; tries++) {
    const round = await loadRoundForStart(roundId, caller.id);
    if (!round) return fail(MSG.roundNotFound);
    if (round.contestId !== caller.contestId) return fail(MSG.otherContest);
    if (round.disqualifications.length > 0) return fail(MSG.disqualified);

    const at = now();
    const running = round.attempts.find((a) => a.status === "IN_PROGRESS");
    if (running) {
      if (!isPastGrace(at, running.deadline, round.graceSec)) return ok({ attemptId: running.id, resumed: true });
      // Expired and never submitted: close it with the answers saved before its deadline, then go on.
      await closeAttemptIfExpired(running.id);
    }

    const refusal = startRefusal({
      phase: roundPhase(round, at),
      opensAt: round.opensAt,
      attemptsUsed: round.attempts.length,
      attemptsAllowed: round.attemptsAllowed,
      isDisqualified: false, // checked above, before resuming
    });
    if (refusal) return fail(refusal);

    const pool = await getQuestionPool(round.contestId);
    const drawn = drawQuestions(pool, round.questionCount, parseDocumentQuotas(round.documentQuotas));
    if (!drawn.ok) return fail(MSG.bankTooSmall);

    // max + 1 rather than count + 1: a gap in the numbers (an attempt removed by staff) must not
    // make every later start collide with an existing number forever.
    const number = round.attempts.reduce((m, a) => Math.max(m, a.number), 0) + 1;
    try {
      // A nested create is one transaction (attempt and all its items, or nothing). Two parallel
      // starts collide on inProgressKey (or on the attempt number): exactly one wins.
      const created = await db.attempt.create({
        data: {
          roundId: round.id,
          participantId: caller.id,
          number,
          status: "IN_PROGRESS",
          inProgressKey: inProgressKeyOf(caller.id, round.id),
          startedAt: at,
          deadline: computeDeadline(at, round.timeLimitSec, round.closesAt),
          ipHash: hashIdentifier(client.ip),
          userAgentHash: client.userAgent ? hashIdentifier(client.userAgent) : null,
          items: {
            createMany: {
              data: drawn.picked.map((q, position) => ({
                position,
                questionVersionId: q.versionId,
                optionOrder: formatOptionOrder(shuffledOrder(q.optionCount)),
              })),
            },
          },
        },
        select: { id: true },
      });
      return ok({ attemptId: created.id, resumed: false });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      const winner = await db.attempt.findUnique({ where: { inProgressKey: inProgressKeyOf(caller.id, round.id) }, select: { id: true } });
      if (winner) return ok({ attemptId: winner.id, resumed: true });
    }
  }
  return fail(MSG.retry);
}
