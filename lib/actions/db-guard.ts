// Server actions on the hot path call the database through this guard: a busy SQLite writer or a
// PostgreSQL restart is retried a few times, and if it still fails the person gets a Vietnamese
// "try again" result (retryable: true, so the quiz runner resends) instead of a crashed request.
import { DB_BUSY_MESSAGE, isRetryableDbError, withDbRetry } from "../db/errors";
import { log } from "../log";
import type { FieldErrors } from "./result";

export type Retryable = { ok: false; error: string; fieldErrors?: FieldErrors; retryable: true };

export async function guardDb<T>(operation: string, fn: () => Promise<T>): Promise<T | Retryable> {
  try {
    return await withDbRetry(fn);
  } catch (err) {
    if (!isRetryableDbError(err)) throw err;
    log.warn({ operation, err: err instanceof Error ? err.message : String(err) }, "database busy or unreachable");
    return { ok: false, error: DB_BUSY_MESSAGE, retryable: true };
  }
}
