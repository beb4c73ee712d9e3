// Rate limits (per IP and per identifier) on registration, attempt start and account recovery, and the counters of
// the sign-in limits (lib/security/sign-in-limits.ts). One instance: in-memory. Several instances:
// RATE_LIMIT_STORE=postgres keeps the counters in the shared PostgreSQL database
// (rate-limiter-flexible's own table).
import { Pool } from "pg";
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { BLOCK_AFTER_FAILURES, FAILURE_WINDOW_SEC, SOURCE_FAILURE_LIMIT, SOURCE_WINDOW_SEC } from "./sign-in-rules";
import { UNKNOWN_SOURCE } from "./request";

export type LimitName =
  | "register-ip"
  | "register-id"
  | "start-ip"
  // Account recovery (lib/participants/recovery.ts): requests per account named and per source,
  // reset tries (a link or a code) per source.
  | "recovery-request-id"
  | "recovery-request-ip"
  | "recovery-reset-ip"
  // Sign-in (sign-in-limits.ts): failures per identity+source, the wait they impose, failures per source.
  | "signin-fail"
  | "signin-wait"
  | "signin-source"
  | "staff-signin-fail"
  | "staff-signin-wait"
  | "staff-signin-source"
  | "staff-signin-refusal-audited";

/** points per duration (seconds); block for blockSec once exceeded. */
export const RULES: Record<LimitName, { points: number; duration: number; blockSec: number }> = {
  "register-ip": { points: 60, duration: 600, blockSec: 600 }, // one office network registers many staff
  "register-id": { points: 5, duration: 600, blockSec: 600 },
  "start-ip": { points: 120, duration: 60, blockSec: 60 },
  // Each request may send an SMS that costs money and voids the code sent before: 3 per half hour.
  "recovery-request-id": { points: 3, duration: 30 * 60, blockSec: 0 },
  "recovery-request-ip": { points: 30, duration: 10 * 60, blockSec: 10 * 60 },
  // With 5 tries per code (MAX_CODE_TRIES) this bounds a source guessing codes across many accounts.
  "recovery-reset-ip": { points: 30, duration: 10 * 60, blockSec: 10 * 60 },
  // A counter, never checked by blockedFor: points only bound the stored number.
  // The source rules refuse once `points` failures fill the window, until it ends.
  "signin-fail": { points: BLOCK_AFTER_FAILURES * 10, duration: FAILURE_WINDOW_SEC, blockSec: 0 },
  // Only ever set with block(key, seconds): refused while a wait runs.
  "signin-wait": { points: 1, duration: 1, blockSec: 0 },
  "signin-source": { points: SOURCE_FAILURE_LIMIT.participant, duration: SOURCE_WINDOW_SEC, blockSec: 0 },
  "staff-signin-fail": { points: BLOCK_AFTER_FAILURES * 10, duration: FAILURE_WINDOW_SEC, blockSec: 0 },
  "staff-signin-wait": { points: 1, duration: 1, blockSec: 0 },
  "staff-signin-source": { points: SOURCE_FAILURE_LIMIT.staff, duration: SOURCE_WINDOW_SEC, blockSec: 0 },
  // Set with block(key, wait) when a refusal is audited: one audit entry per wait, not per request.
  "staff-signin-refusal-audited": { points: 1, duration: 1, blockSec: 0 },
};

const limiters = new Map<LimitName, Promise<RateLimiterAbstract>>();
const pools: Pool[] = [];
let disabled = process.env.RATE_LIMIT_DISABLED === "1";

/**
 * The limiter of a rule. The PostgreSQL one is handed out once its table exists: before that it
 * would count in its in-memory insurance only, and the instances would not share those counts.
 */
function limiter(name: LimitName): Promise<RateLimiterAbstract> {
  let l = limiters.get(name);
  if (!l) {
    const rule = RULES[name];
    const opts = { keyPrefix: `rl_${name.replace(/-/g, "_")}`, points: rule.points, duration: rule.duration, blockDuration: rule.blockSec };
    if (process.env.RATE_LIMIT_STORE === "postgres") {
      const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 2, connectionTimeoutMillis: 5000 });
      // An idle connection dropped by the server must not crash the process; the next query reconnects.
      pool.on("error", () => undefined);
      pools.push(pool);
      l = new Promise((resolve) => {
        const pg: RateLimiterPostgres = new RateLimiterPostgres(
          { ...opts, storeClient: pool, tableName: "rate_limits", insuranceLimiter: new RateLimiterMemory(opts) },
          // On an error the insurance limiter answers until the store works again.
          () => resolve(pg),
        );
      });
    } else {
      l = Promise.resolve(new RateLimiterMemory(opts));
    }
    limiters.set(name, l);
  }
  return l;
}

export type LimitResult = { ok: true } | { ok: false; retryAfterSec: number; message: string };

export function tooManyMessage(retryAfterSec: number): string {
  const minutes = Math.ceil(retryAfterSec / 60);
  return retryAfterSec < 90
    ? `Bạn đã thử quá nhiều lần. Vui lòng thử lại sau ${retryAfterSec} giây.`
    : `Bạn đã thử quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`;
}

/** Per-address rules of registration and attempt start, keyed by lib/security/request.ts clientIp. */
const PER_ADDRESS: ReadonlySet<LimitName> = new Set(["register-ip", "start-ip", "recovery-request-ip", "recovery-reset-ip"]);

/**
 * Spends one point; refuses with the wait time when the key is over its limit. A per-address rule
 * is not applied to the "unknown" source (no TRUSTED_PROXY_HOPS): that bucket would be the whole
 * site, and 120 starts a minute for everybody would stop a contest on deadline night.
 */
export async function consume(name: LimitName, key: string): Promise<LimitResult> {
  if (disabled || (PER_ADDRESS.has(name) && key === UNKNOWN_SOURCE)) return { ok: true };
  try {
    await (await limiter(name)).consume(key);
    return { ok: true };
  } catch (err) {
    if (err instanceof RateLimiterRes) {
      const retryAfterSec = Math.max(1, Math.ceil(err.msBeforeNext / 1000));
      return { ok: false, retryAfterSec, message: tooManyMessage(retryAfterSec) };
    }
    // A broken store must not lock everyone out: let the request through.
    return { ok: true };
  }
}

/** Counts one event and returns how many the key holds in its window (0 when off or broken). */
export async function count(name: LimitName, key: string): Promise<number> {
  if (disabled) return 0;
  try {
    return (await (await limiter(name)).consume(key)).consumedPoints;
  } catch (err) {
    return err instanceof RateLimiterRes ? err.consumedPoints : 0;
  }
}

/** Milliseconds the key stays refused (its points used up, or blocked); 0 when it is free. */
export async function blockedFor(name: LimitName, key: string): Promise<number> {
  if (disabled) return 0;
  try {
    const res = await (await limiter(name)).get(key);
    return res && res.consumedPoints >= RULES[name].points ? Math.max(0, res.msBeforeNext) : 0;
  } catch {
    return 0; // a broken store must not lock everyone out
  }
}

/** Refuses the key for the given seconds. */
export async function blockKey(name: LimitName, key: string, seconds: number): Promise<void> {
  if (disabled || seconds <= 0) return;
  await (await limiter(name)).block(key, seconds).catch(() => undefined);
}

/** Clears a key after a success (e.g. a correct password resets the identifier's count). */
export async function reward(name: LimitName, key: string): Promise<void> {
  if (disabled) return;
  await (await limiter(name)).delete(key).catch(() => undefined);
}

/** Tests and benchmarks: turn limits off or on for this process (and start from empty counters). */
export function setRateLimitsDisabled(value: boolean): void {
  disabled = value;
  limiters.clear();
  for (const pool of pools.splice(0)) void pool.end().catch(() => undefined);
}
