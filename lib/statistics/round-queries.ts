// A round's participation figures, aggregated in the database over its SUBMITTED attempts
// (attempts still in progress are counted apart). "Participants" = distinct people with at least
// one submitted attempt (docs/DOMAIN.md §5).
//
// Few passes over the attempts, because at 1M attempts each pass costs seconds on SQLite:
// - the breakdown: one GROUP BY over (district, unit, free-text unit, group). A person has exactly
//   one of each, so distinct-participant counts of these groups add up exactly to any coarser level
//   (per district, per unit, per group, the round) — see breakdown.ts;
// - the daily pass: one GROUP BY (participant, Vietnam day), from which the days, the first-time
//   participants and the attempts per participant all follow;
// - scores (index-only on Attempt(roundId, status, correctCount)) and durations.
import "server-only";
import { db } from "../db";
import type { BreakdownRow, GroupKey } from "./breakdown";
import type { CountRow, DayCounts } from "./shape";
import { num, sql, vnDaySql } from "./sql";

export interface RoundContext {
  id: string;
  number: number;
  name: string;
  contestId: string;
  contestSlug: string;
  contestName: string;
  questionCount: number;
  timeLimitSec: number;
  attemptsAllowed: number;
}

export async function getRoundContext(roundId: string): Promise<RoundContext | null> {
  const r = await db.round.findUnique({
    where: { id: roundId },
    select: {
      id: true,
      number: true,
      name: true,
      contestId: true,
      questionCount: true,
      timeLimitSec: true,
      attemptsAllowed: true,
      contest: { select: { slug: true, name: true } },
    },
  });
  if (!r) return null;
  const { contest, ...rest } = r;
  return { ...rest, contestSlug: contest.slug, contestName: contest.name };
}

export const submittedIn = (roundId: string) => sql`a."roundId" = ${roundId} AND a."status" = 'SUBMITTED'`;

export async function getRoundBreakdown(roundId: string): Promise<BreakdownRow[]> {
  // Per person first (one Participant lookup per person, not per attempt; each person then counts
  // once in its group, so no COUNT(DISTINCT) is needed).
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT p."districtId" AS "districtId", p."unitId" AS "unitId",
           CASE WHEN p."unitId" IS NULL THEN p."unitName" ELSE NULL END AS "freeUnitName", p."group" AS "grp",
           COUNT(*) AS "participants", SUM(t."n") AS "attempts", SUM(t."scoreSum") AS "scoreSum",
           SUM(t."durationSum") AS "durationSum", SUM(t."durationCount") AS "durationCount"
    FROM (
      SELECT a."participantId" AS "pid", COUNT(*) AS "n", SUM(a."correctCount") AS "scoreSum",
             SUM(a."durationMs") AS "durationSum", COUNT(a."durationMs") AS "durationCount"
      FROM "Attempt" a
      WHERE ${submittedIn(roundId)}
      GROUP BY a."participantId"
    ) t
    JOIN "Participant" p ON p."id" = t."pid"
    GROUP BY p."districtId", p."unitId", CASE WHEN p."unitId" IS NULL THEN p."unitName" ELSE NULL END, p."group"`;
  const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
  return rows.map((r) => ({
    districtId: text(r.districtId),
    unitId: text(r.unitId),
    freeUnitName: r.unitId === null ? (text(r.freeUnitName) ?? "") : null,
    group: String(r.grp) as GroupKey,
    participants: num(r.participants),
    attempts: num(r.attempts),
    scoreSum: num(r.scoreSum),
    durationSumMs: num(r.durationSum),
    durationCount: num(r.durationCount),
  }));
}

/** Attempts in progress now, and the contest's registered accounts (for the summary). */
export async function getRoundCounts(roundId: string, contestId: string): Promise<{ inProgress: number; registered: number }> {
  const [inProgress, registered] = await Promise.all([
    db.attempt.count({ where: { roundId, status: "IN_PROGRESS" } }),
    db.participant.count({ where: { contestId } }),
  ]);
  return { inProgress, registered };
}

export interface DailyParticipation {
  /** Per Vietnam calendar day of submission: attempts, distinct participants, first-time participants. */
  days: DayCounts[];
  /** How many people submitted 1, 2, 3… attempts. */
  attemptsPerParticipant: CountRow[];
}

export async function getDailyParticipation(roundId: string): Promise<DailyParticipation> {
  const day = vnDaySql(db.provider, `a."submittedAt"`);
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    WITH pd AS (
      SELECT a."participantId" AS "pid", ${day} AS "day", COUNT(*) AS "n"
      FROM "Attempt" a
      WHERE ${submittedIn(roundId)} AND a."submittedAt" IS NOT NULL
      GROUP BY a."participantId", ${day}
    ), w AS (
      SELECT pd."pid", pd."day", pd."n",
             MIN(pd."day") OVER (PARTITION BY pd."pid") AS "first", SUM(pd."n") OVER (PARTITION BY pd."pid") AS "total"
      FROM pd
    )
    SELECT 'day' AS "kind", w."day" AS "key", SUM(w."n") AS "a", COUNT(*) AS "b", SUM(CASE WHEN w."day" = w."first" THEN 1 ELSE 0 END) AS "c"
    FROM w GROUP BY w."day"
    UNION ALL
    SELECT 'person', CAST(w."total" AS TEXT), COUNT(*), 0, 0
    FROM w WHERE w."day" = w."first" GROUP BY w."total"`;
  const days: DayCounts[] = [];
  const attemptsPerParticipant: CountRow[] = [];
  for (const r of rows) {
    if (r.kind === "day") days.push({ day: String(r.key), attempts: num(r.a), participants: num(r.b), newParticipants: num(r.c) });
    else attemptsPerParticipant.push({ value: Number(r.key), count: num(r.a) });
  }
  days.sort((x, y) => x.day.localeCompare(y.day));
  attemptsPerParticipant.sort((x, y) => x.value - y.value);
  return { days, attemptsPerParticipant };
}

/** Attempts per number of correct answers. */
export async function getScoreCounts(roundId: string): Promise<CountRow[]> {
  const rows = await db.attempt.groupBy({
    by: ["correctCount"],
    where: { roundId, status: "SUBMITTED", correctCount: { not: null } },
    _count: { _all: true },
  });
  return rows.map((r) => ({ value: r.correctCount ?? 0, count: r._count._all }));
}

/** Attempts per whole minute of duration (bucket m = [m, m+1) minutes). */
export async function getDurationCounts(roundId: string): Promise<CountRow[]> {
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT a."durationMs" / 60000 AS "value", COUNT(*) AS "count"
    FROM "Attempt" a WHERE ${submittedIn(roundId)} AND a."durationMs" IS NOT NULL
    GROUP BY a."durationMs" / 60000`;
  return rows.map((r) => ({ value: num(r.value), count: num(r.count) }));
}
