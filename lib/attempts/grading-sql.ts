// The SQL twin of itemCorrectness (lib/attempts/rules.ts) for the set-based grading paths: the
// sweep of abandoned attempts before a ranking and the regrade of a round. Written once for SQLite
// and PostgreSQL (TRUE/FALSE are 1/0 on SQLite, booleans on PostgreSQL; both store them in the
// Boolean column). __tests__/integration/attempts/grading-sql.test.ts holds the two twins equal.
import { raw, sqltag as sql, type Sql } from "@prisma/client/runtime/client";

/** Table aliases the fragments refer to. */
export interface GradingAliases {
  item: string; // "AttemptItem"
  attempt: string; // "Attempt" (for roundId and, with savedByDeadline, deadline)
  version: string; // "QuestionVersion"
  regrade: string; // the LEFT JOINed "Regrade" (see regradeJoin)
}

export const DEFAULT_ALIASES: GradingAliases = { item: "i", attempt: "a", version: "qv", regrade: "r" };

/** LEFT JOIN of the applied regrade (at most one: Regrade.activeKey is unique) of the item's version in the attempt's round. */
export function regradeJoin(al: GradingAliases = DEFAULT_ALIASES): Sql {
  return raw(
    `LEFT JOIN "Regrade" ${al.regrade} ON ${al.regrade}."roundId" = ${al.attempt}."roundId" AND ${al.regrade}."questionVersionId" = ${al.item}."questionVersionId" AND ${al.regrade}."status" = 'APPLIED'`,
  );
}

/**
 * The item's correctness under the effective key: TRUE, FALSE, or NULL (dropped by a regrade).
 * With `savedBy` (an SQL expression of the same type as savedAt, e.g. the attempt's deadline
 * column), only an answer saved at or before it counts, as in the lazy close.
 */
export function effectiveCorrectSql(al: GradingAliases = DEFAULT_ALIASES, savedBy: Sql | null = null): Sql {
  const { item: i, version: qv, regrade: r } = { item: al.item, version: al.version, regrade: al.regrade };
  const inTime = savedBy ? sql` AND ${raw(`${i}."savedAt"`)} IS NOT NULL AND ${raw(`${i}."savedAt"`)} <= ${savedBy}` : raw("");
  return sql`CASE
    WHEN ${raw(`${r}."mode"`)} = 'DROP' THEN NULL
    WHEN ${raw(`${r}."mode"`)} = 'ALL_CORRECT' THEN TRUE
    WHEN ${raw(`${i}."chosenIndex"`)} IS NOT NULL${inTime} AND ${raw(`${i}."chosenIndex"`)} = COALESCE(${raw(`${r}."correctIndex"`)}, ${raw(`${qv}."correctIndex"`)}) THEN TRUE
    ELSE FALSE
  END`;
}
