// Set-based SQL for a round's ranking (docs/DOMAIN.md §4–§6), written once for SQLite and
// PostgreSQL. The counted attempt per participant and the ranking are window functions; the ranked
// entries are written with INSERT … SELECT, so a million attempts never become JS objects.
// The ORDER BY below mirrors rankingComparator in lib/ranking/tie-break.ts key for key: both walk
// RANKING_CHAIN (lib/ranking/ranking-order.ts).
import "server-only";
import { join, raw, sqltag as sql, type Sql } from "@prisma/client/runtime/client";
import type { Db, Tx } from "../db";
import { RANKING_CHAIN, type RankingCriterion, type RankingOrder } from "../ranking/ranking-order";

type Provider = Db["provider"];

/**
 * RankingEntry.predictionDiff and durationMs are non-null Int columns: a missing prediction or
 * duration (ranked as +∞) is stored as the largest Int. The ranking itself orders NULLs last, so a
 * real value never ties with a missing one.
 */
export const MISSING_AS_MAX_INT = 2147483647;

/** Byte-wise string order on both databases, like JS `<` on ASCII ids (PostgreSQL's default collation is not). */
function binary(provider: Provider): Sql {
  return raw(provider === "postgresql" ? 'COLLATE "C"' : "COLLATE BINARY");
}

function tieBreak(order: RankingOrder, provider: Provider): Sql {
  const byCriterion: Record<RankingCriterion, Sql> = {
    correct: raw('c."correctCount" DESC'),
    prediction: raw('c."diff" ASC NULLS LAST'),
    duration: raw('c."durationMs" ASC NULLS LAST'),
    submitted: raw('c."submittedAt" ASC'),
    registered: raw('p."registeredAt" ASC'),
  };
  return join([...RANKING_CHAIN[order].map((c) => byCriterion[c]), sql`c."participantId" ${binary(provider)} ASC`], ", ");
}

/**
 * SQLite: one sequential pass over the table beats its index paths here. (roundId, status,
 * correctCount) would revisit the round's rows once per score value and (roundId, submittedAt) jumps
 * between pages row by row; measured at 1M attempts, the full pass costs about half. PostgreSQL's
 * planner chooses by itself (it uses the participant index and an incremental sort).
 */
function attemptScan(provider: Provider): Sql {
  return provider === "sqlite" ? raw('"Attempt" a NOT INDEXED') : raw('"Attempt" a');
}

/**
 * Writes one RankingEntry per participant with a submitted attempt: their counted attempt (most
 * correct, then earliest submitted, then id — compareForCounting) ranked by the round's chain,
 * with the raw prediction and the registration time it was ranked with (so lib/winners/verify.ts
 * can re-derive the order from the stored entries alone).
 * A NULL correctCount counts as 0; a SUBMITTED attempt without submittedAt (never written by the
 * quiz engine) uses its deadline.
 *
 * `fixedTrueValue` is the true value when it is known before ranking (an override, or the number of
 * submitted attempts); null means "the number of ranked participants" (rule 5's default), which the
 * query counts itself with COUNT(*) OVER () instead of a separate COUNT(DISTINCT) over every attempt.
 * Returns the number of entries, which is also the number of distinct participants.
 */
export async function insertRanking(
  tx: Tx,
  provider: Provider,
  args: { computationId: string; roundId: string; order: RankingOrder; fixedTrueValue: number | null },
): Promise<number> {
  const bin = binary(provider);
  const inserted = await tx.$executeRaw(sql`
    INSERT INTO "RankingEntry" ("computationId", "rank", "participantId", "attemptId", "correctCount", "predictionDiff", "durationMs", "submittedAt", "prediction", "registeredAt")
    SELECT ${args.computationId},
           ROW_NUMBER() OVER (ORDER BY ${tieBreak(args.order, provider)}),
           c."participantId",
           c."id",
           c."correctCount",
           CASE WHEN c."diff" IS NULL OR c."diff" > ${MISSING_AS_MAX_INT} THEN ${MISSING_AS_MAX_INT} ELSE c."diff" END,
           COALESCE(c."durationMs", ${MISSING_AS_MAX_INT}),
           c."submittedAt",
           c."prediction",
           p."registeredAt"
    FROM (
      SELECT k."id", k."participantId", k."correctCount", k."prediction", k."durationMs", k."submittedAt",
             ABS(CAST(k."prediction" AS BIGINT) - COALESCE(CAST(${args.fixedTrueValue} AS BIGINT), k."participants")) AS "diff"
      FROM (
        SELECT w."id", w."participantId", w."correctCount", w."prediction", w."durationMs", w."submittedAt",
               COUNT(*) OVER () AS "participants"
        FROM (
          SELECT a."id", a."participantId", COALESCE(a."correctCount", 0) AS "correctCount", a."prediction", a."durationMs",
                 COALESCE(a."submittedAt", a."deadline") AS "submittedAt",
                 ROW_NUMBER() OVER (
                   PARTITION BY a."participantId"
                   ORDER BY COALESCE(a."correctCount", 0) DESC, COALESCE(a."submittedAt", a."deadline") ASC, a."id" ${bin} ASC
                 ) AS "rn"
          FROM ${attemptScan(provider)}
          WHERE a."roundId" = ${args.roundId} AND a."status" = 'SUBMITTED'
        ) w
        WHERE w."rn" = 1
      ) k
    ) c
    JOIN "Participant" p ON p."id" = c."participantId"`);
  return Number(inserted);
}

/**
 * The ranked entries as text pages in rank order (ranks are 1..entryCount without gaps), for the
 * input hash. Each page is aggregated in the database, so only a few strings cross the wire.
 * Since ranking-rules-v2 a row also carries the raw prediction ("-" when none) and the registration
 * time: every stored value the ranking reads is fingerprinted.
 */
export async function* entryPages(tx: Tx, computationId: string, entryCount: number, pageSize = 50_000): AsyncGenerator<string> {
  for (let from = 0; from < entryCount; from += pageSize) {
    const rows = await tx.$queryRaw<{ chunk: string | null }[]>(sql`
      SELECT string_agg(
               CAST(e."rank" AS TEXT) || ':' || e."participantId" || ':' || e."attemptId" || ':' ||
               CAST(e."correctCount" AS TEXT) || ':' || CAST(e."predictionDiff" AS TEXT) || ':' ||
               CAST(e."durationMs" AS TEXT) || ':' || CAST(e."submittedAt" AS TEXT) || ':' ||
               COALESCE(CAST(e."prediction" AS TEXT), '-') || ':' || COALESCE(CAST(e."registeredAt" AS TEXT), '-'),
               ';' ORDER BY e."rank") AS "chunk"
      FROM "RankingEntry" e
      WHERE e."computationId" = ${computationId} AND e."rank" > ${from} AND e."rank" <= ${from + pageSize}`);
    yield rows[0]?.chunk ?? "";
  }
}

/** Organiser members among ranks 1..upTo of a computation (the entries the prize walk read). */
export async function organiserMembersUpTo(tx: Tx, computationId: string, upTo: number): Promise<string[]> {
  if (upTo === 0) return [];
  const rows = await tx.$queryRaw<{ participantId: string }[]>(sql`
    SELECT e."participantId" FROM "RankingEntry" e JOIN "Participant" p ON p."id" = e."participantId"
    WHERE e."computationId" = ${computationId} AND e."rank" <= ${upTo} AND p."isOrganiserMember"`);
  return rows.map((r) => r.participantId);
}
