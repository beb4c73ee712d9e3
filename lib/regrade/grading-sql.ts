// The grading of a SUBMITTED attempt's item under a regrade, in SQL for both databases, shared by
// the dry run (a hypothetical rule) and the apply (the rule just made APPLIED, via regradeJoin).
//
// An attempt's stored items are its answers, but not all of them counted when it was closed: a lazy
// close (nobody submitted; submitSource LAZY_CLOSE) graded only the answers saved by the deadline
// (lib/attempts/close.ts, sweep.ts), while a participant's or the page's submit graded every saved
// answer (saves are refused after the deadline anyway). The regrade repeats exactly the grading the
// attempt had, so an answer saved after a lazy close's deadline still does not count.
import "server-only";
import { raw, sqltag as sql, type Sql } from "@prisma/client/runtime/client";
import { effectiveCorrectSql, type GradingAliases } from "../attempts/grading-sql";
import type { GradingRule } from "../attempts/rules";

export const ALIASES: GradingAliases = { item: "i", attempt: "a", version: "qv", regrade: "r" };

/** TRUE, FALSE or NULL (dropped) for item i of submitted attempt a, under the rule joined as r. */
export function submittedItemCorrectSql(al: GradingAliases = ALIASES): Sql {
  return sql`CASE WHEN ${raw(`${al.attempt}."submitSource"`)} = 'LAZY_CLOSE'
    THEN ${effectiveCorrectSql(al, raw(`${al.attempt}."deadline"`))}
    ELSE ${effectiveCorrectSql(al)} END`;
}

/** A one-row table standing for a regrade that is not applied (the dry run), joined as r. */
export function hypotheticalRegradeJoin(rule: GradingRule, al: GradingAliases = ALIASES): Sql {
  const key = rule.mode === "NEW_KEY" ? rule.correctIndex : null;
  return sql`CROSS JOIN (SELECT CAST(${rule.mode} AS TEXT) AS "mode", CAST(${key} AS INTEGER) AS "correctIndex") ${raw(al.regrade)}`;
}
