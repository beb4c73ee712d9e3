// The drawable bank of a contest: (question, current version, document) of every ACTIVE question,
// cached per process for a few seconds. In the last hours of a round thousands of starts share one
// read of the bank instead of each scanning it; a question archived or edited in the bank reaches
// new draws within POOL_TTL_MS (attempts already started keep their snapshot either way).
import "server-only";
import { db } from "../db";
import type { PoolEntry } from "./draw";

/** A drawable question and how many options its current version has (for the option shuffle). */
export interface BankEntry extends PoolEntry {
  optionCount: number;
}

const POOL_TTL_MS = 5_000;

const cache = new Map<string, { expiresAt: number; pool: Promise<BankEntry[]> }>();

/** Json comes back parsed from PostgreSQL and as text from SQLite. */
function optionCountOf(options: unknown): number {
  try {
    const value = typeof options === "string" ? (JSON.parse(options) as unknown) : options;
    return Array.isArray(value) ? value.length : 0;
  } catch {
    return 0;
  }
}

async function loadPool(contestId: string): Promise<BankEntry[]> {
  // One join on both databases; 'ACTIVE' is a literal so PostgreSQL reads it as the enum value.
  const rows = await db.$queryRaw<{ questionId: string; versionId: string; documentId: string | null; options: unknown }[]>`
    SELECT q."id" AS "questionId", v."id" AS "versionId", q."documentId" AS "documentId", v."options" AS "options"
    FROM "Question" q
    JOIN "QuestionVersion" v ON v."questionId" = q."id" AND v."version" = q."currentVersion"
    WHERE q."contestId" = ${contestId} AND q."status" = 'ACTIVE'
    ORDER BY q."id"`;
  // A version with fewer than two options cannot be shuffled into a question: leave it out.
  return rows
    .map((r) => ({ questionId: r.questionId, versionId: r.versionId, documentId: r.documentId, optionCount: optionCountOf(r.options) }))
    .filter((e) => e.optionCount >= 2);
}

/** The cached pool; concurrent callers during a refresh share the same read. */
export function getQuestionPool(contestId: string): Promise<BankEntry[]> {
  // Process time, not the application clock: this is a cache lifetime, not a contest rule.
  const at = performance.now();
  const hit = cache.get(contestId);
  if (hit && hit.expiresAt > at) return hit.pool;
  const pool = loadPool(contestId);
  cache.set(contestId, { expiresAt: at + POOL_TTL_MS, pool });
  pool.catch(() => {
    if (cache.get(contestId)?.pool === pool) cache.delete(contestId);
  });
  return pool;
}

/** Tests, and the bank editor if it wants its change visible to the very next start. */
export function clearQuestionPoolCache(contestId?: string): void {
  if (contestId) cache.delete(contestId);
  else cache.clear();
}
