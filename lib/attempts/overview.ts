// What /thi shows: the featured contest's current round, the caller's attempts in it, and either a
// Start/Resume button or the reason a new attempt cannot start.
import "server-only";
import { getFeaturedContest } from "../contests/queries";
import { featuredRound, roundPhase, type RoundPhase } from "../contests/round-phase";
import { db } from "../db";
import type { AttemptStatus } from "./attempt-status";
import { now } from "../time";
import { closeExpiredAttempts } from "./close";
import { MSG } from "./messages";
import { startRefusal } from "./start-rules";

interface OverviewRound {
  id: string;
  name: string;
  opensAt: Date;
  closesAt: Date;
  questionCount: number;
  timeLimitSec: number;
  attemptsAllowed: number;
  predictionQuestion: string;
  phase: RoundPhase;
}

interface OverviewAttempt {
  id: string;
  number: number;
  status: AttemptStatus;
  correctCount: number | null;
  submittedAt: Date | null;
}

export type StartOverview =
  | { kind: "no-contest" }
  | { kind: "no-round"; contestName: string }
  | {
      kind: "round";
      contestName: string;
      round: OverviewRound;
      /** null when nobody is signed in. */
      person: { attempts: OverviewAttempt[]; inProgressId: string | null; refusal: string | null } | null;
    };

export async function getStartOverview(participant: { id: string; contestId: string } | null): Promise<StartOverview> {
  const contest = await getFeaturedContest();
  if (!contest) return { kind: "no-contest" };
  const at = now();
  const r = featuredRound(contest.rounds, at);
  if (!r) return { kind: "no-round", contestName: contest.name };
  const round: OverviewRound = {
    id: r.id,
    name: r.name,
    opensAt: r.opensAt,
    closesAt: r.closesAt,
    questionCount: r.questionCount,
    timeLimitSec: r.timeLimitSec,
    attemptsAllowed: r.attemptsAllowed,
    predictionQuestion: r.predictionQuestion,
    phase: roundPhase(r, at),
  };
  if (!participant) return { kind: "round", contestName: contest.name, round, person: null };
  if (participant.contestId !== contest.id) {
    return { kind: "round", contestName: contest.name, round, person: { attempts: [], inProgressId: null, refusal: MSG.otherContest } };
  }

  // An attempt left running past its time is closed before we count or offer to resume it.
  await closeExpiredAttempts(participant.id);
  const [attempts, disqualified] = await Promise.all([
    db.attempt.findMany({
      where: { participantId: participant.id, roundId: r.id },
      orderBy: { number: "asc" },
      select: { id: true, number: true, status: true, correctCount: true, submittedAt: true },
    }),
    db.disqualification.count({ where: { participantId: participant.id, roundId: r.id, revokedAt: null } }),
  ]);
  const inProgress = attempts.find((a) => a.status === "IN_PROGRESS") ?? null;
  const refusal =
    disqualified > 0
      ? MSG.disqualified
      : inProgress
        ? null
        : startRefusal({ phase: round.phase, opensAt: r.opensAt, attemptsUsed: attempts.length, attemptsAllowed: r.attemptsAllowed, isDisqualified: false });
  return { kind: "round", contestName: contest.name, round, person: { attempts, inProgressId: inProgress?.id ?? null, refusal } };
}
