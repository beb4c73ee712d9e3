// The sweep of a round's abandoned attempts (docs/DOMAIN.md "Time rules for an attempt", §4): every attempt still in
// progress past deadline + grace is closed exactly as its lazy close (close.ts) would close it, so
// someone who answered and never came back is ranked and counted before any winners computation.
// Set-based: one UPDATE for the items and one for the attempts, whatever the number of attempts.
import "server-only";
import { raw, sqltag as sql, type Sql } from "@prisma/client/runtime/client";
import { db, type Db } from "../db";
import { now } from "../time";
import { effectiveCorrectSql, regradeJoin, type GradingAliases } from "./grading-sql";

type Provider = Db["provider"];

/**
 * A DateTime column as whole epoch milliseconds. SQLite keeps DateTime as ISO text (compared as
 * text it would not match a bound JS Date), so instants are compared as numbers on both databases;
 * julianday keeps milliseconds exactly (SQLite computes it from an integer ms count) and the
 * rounding removes the float error. PostgreSQL's EXTRACT(EPOCH) of a timestamp is exact numeric.
 */
function epochMs(provider: Provider, column: string): Sql {
  return provider === "sqlite"
    ? raw(`CAST(ROUND((julianday(${column}) - 2440587.5) * 86400000) AS INTEGER)`)
    : raw(`CAST(ROUND(EXTRACT(EPOCH FROM ${column}) * 1000) AS BIGINT)`);
}

/** lazyCloseTiming (rules.ts): the whole allowed time, deadline − startedAt, never negative. */
function durationMsSql(provider: Provider): Sql {
  const diff = sql`${epochMs(provider, 'a."deadline"')} - ${epochMs(provider, 'a."startedAt"')}`;
  return provider === "sqlite" ? sql`MAX(0, ${diff})` : sql`CAST(GREATEST(0, ${diff}) AS INTEGER)`;
}

/** The round's in-progress attempts past deadline + grace at `atMs` (isPastGrace, rules.ts), on alias a. */
function expiredSql(provider: Provider, roundId: string, atMs: number): Sql {
  // The bound instant is an epoch-ms number: a JS Date parameter is not a comparable value on SQLite.
  return sql`a."roundId" = ${roundId} AND a."status" = 'IN_PROGRESS'
    AND ${epochMs(provider, 'a."deadline"')} + 1000 * (SELECT ro."graceSec" FROM "Round" ro WHERE ro."id" = a."roundId") < ${atMs}`;
}

const ALIASES: GradingAliases = { item: "i", attempt: "a", version: "qv", regrade: "r" };

/**
 * Closes every attempt of the round still in progress past deadline + grace at `at`, as the lazy
 * close does: only answers saved by the deadline count, under the effective key (an applied
 * regrade's); submittedAt is the deadline; source LAZY_CLOSE. Returns how many it closed.
 *
 * Racing a lazy close of the same attempt gives the same rows whoever wins: both grade with the
 * same rule, the sweep only touches attempts still IN_PROGRESS (and their ungraded items), and the
 * lazy close only grades ungraded items of an attempt it claimed. On PostgreSQL the sweep first
 * locks its attempts in id order, so it takes the attempt row before the items as the lazy close
 * does (no deadlock) and a lazy close that committed first is skipped; SQLite has one writer.
 */
export async function sweepExpiredAttempts(roundId: string, at: Date = now()): Promise<number> {
  const provider = db.provider;
  const atMs = at.getTime();
  const expired = expiredSql(provider, roundId, atMs);
  const correct = effectiveCorrectSql(ALIASES, raw('a."deadline"'));
  const gradeItems = db.$executeRaw(sql`
    UPDATE "AttemptItem" AS i SET "isCorrect" = (
      SELECT ${correct}
      FROM "Attempt" a
      JOIN "QuestionVersion" qv ON qv."id" = i."questionVersionId"
      ${regradeJoin(ALIASES)}
      WHERE a."id" = i."attemptId"
    )
    WHERE i."isCorrect" IS NULL AND i."attemptId" IN (SELECT a."id" FROM "Attempt" a WHERE ${expired})`);
  // correctCount is recomputed from the rule (not from the stored items), as the lazy close counts
  // its own grading.
  const closeAttempts = db.$executeRaw(sql`
    UPDATE "Attempt" AS a SET
      "status" = 'SUBMITTED',
      "inProgressKey" = NULL,
      "submittedAt" = a."deadline",
      "submitSource" = 'LAZY_CLOSE',
      "graceUsedMs" = NULL,
      "durationMs" = ${durationMsSql(provider)},
      "correctCount" = (
        SELECT COUNT(*)
        FROM "AttemptItem" i
        JOIN "QuestionVersion" qv ON qv."id" = i."questionVersionId"
        ${regradeJoin(ALIASES)}
        WHERE i."attemptId" = a."id" AND ${correct} = TRUE
      )
    WHERE ${expired}`);
  const lock = db.$executeRaw(sql`SELECT a."id" FROM "Attempt" a WHERE ${expired} ORDER BY a."id" FOR UPDATE`);
  const steps = provider === "postgresql" ? [lock, gradeItems, closeAttempts] : [gradeItems, closeAttempts];
  const counts = await db.$transaction(steps);
  return Number(counts[counts.length - 1]);
}
