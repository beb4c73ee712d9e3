// Database errors that are worth retrying (a busy SQLite writer, a PostgreSQL restart or an
// exhausted pool) and the Vietnamese message people see when retries run out. Pure.

const RETRYABLE_MESSAGE = /SQLITE_BUSY|SQLITE_LOCKED|database is locked|ECONNREFUSED|ECONNRESET|Connection terminated|terminating connection|the database system is (starting up|shutting down)|timeout exceeded when trying to connect|Timed out fetching a new connection|could not serialize access|deadlock detected/i;
const RETRYABLE_CODES = new Set(["SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_BUSY_SNAPSHOT", "P1001", "P1002", "P1008", "P1017", "P2024", "P2034", "57P01", "57P03", "40001", "40P01", "08006", "08001"]);

export const DB_BUSY_MESSAGE = "Hệ thống đang bận, dữ liệu của bạn chưa được ghi. Vui lòng thử lại sau giây lát.";

export function isRetryableDbError(err: unknown): boolean {
  if (!err || typeof err !== "object") return false;
  const e = err as { code?: unknown; message?: unknown; cause?: unknown; meta?: { code?: unknown } };
  if (typeof e.code === "string" && RETRYABLE_CODES.has(e.code)) return true;
  if (typeof e.meta?.code === "string" && RETRYABLE_CODES.has(e.meta.code)) return true;
  if (typeof e.message === "string" && RETRYABLE_MESSAGE.test(e.message)) return true;
  return e.cause ? isRetryableDbError(e.cause) : false;
}

/**
 * Runs `fn`, retrying retryable database errors with jittered backoff. Only for operations that
 * are idempotent or that failed before committing (a retryable error means nothing was written).
 */
export async function withDbRetry<T>(fn: () => Promise<T>, attempts = 4, baseMs = 50): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (err) {
      if (i >= attempts || !isRetryableDbError(err)) throw err;
      await new Promise((r) => setTimeout(r, baseMs * 2 ** (i - 1) * (0.5 + Math.random())));
    }
  }
}
