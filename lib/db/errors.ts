// Database errors that are worth retrying (a busy SQLite writer, a PostgreSQL restart or an
// exhausted pool) and the Vietnamese message people see when retries run out. Pure.

const RETRYABLE_MESSAGE =
  /SQLITE_BUSY|SQLITE_LOCKED|database is locked|lock timeout|canceling statement due to lock timeout|ECONNREFUSED|ECONNRESET|Connection terminated|terminating connection|the database system is (starting up|shutting down)|timeout exceeded when trying to connect|Timed out fetching a new connection|could not serialize access|deadlock detected/i;
const RETRYABLE_CODES = new Set([
  "SQLITE_BUSY",
  "SQLITE_LOCKED",
  "SQLITE_BUSY_SNAPSHOT",
  "P1001",
  "P1002",
  "P1008",
  "P1017",
  "P2024",
  "P2028",
  "P2034",
  "57P01",
  "57P03",
  "40001",
  "40P01",
  "08006",
  "08001",
  "55P03",
]);

export const DB_BUSY_MESSAGE = "Hệ thống đang bận, dữ liệu của bạn chưa được ghi. Vui lòng thử lại sau giây lát.";

/** A unique constraint refused the write (Prisma's P2002), e.g. a parallel request won the race. */
export function isUniqueViolation(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { code?: unknown }).code === "P2002";
}

export function isRetryableDbError(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== "object" || depth > 5) return false;
  const e = err as { code?: unknown; originalCode?: unknown; message?: unknown; cause?: unknown; meta?: unknown };
  for (const code of [e.code, e.originalCode]) if (typeof code === "string" && RETRYABLE_CODES.has(code)) return true;
  if (typeof e.message === "string" && RETRYABLE_MESSAGE.test(e.message)) return true;
  // Prisma wraps driver errors: { meta: { driverAdapterError: { cause: { code, … } } } }.
  if (e.meta && typeof e.meta === "object") {
    for (const v of Object.values(e.meta as Record<string, unknown>)) if (isRetryableDbError(v, depth + 1)) return true;
  }
  return e.cause ? isRetryableDbError(e.cause, depth + 1) : false;
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
