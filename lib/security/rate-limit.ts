// Rate limits (per IP and per identifier) on sign-in, registration and attempt start.
// One instance: in-memory. Several instances: RATE_LIMIT_STORE=postgres keeps the counters in the
// shared PostgreSQL database (rate-limiter-flexible's own table).
import { Pool } from "pg";
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";

export type LimitName = "signin-ip" | "signin-id" | "staff-signin-ip" | "register-ip" | "register-id" | "start-ip";

/** points per duration (seconds); block for blockSec once exceeded. */
export const RULES: Record<LimitName, { points: number; duration: number; blockSec: number }> = {
  "signin-ip": { points: 30, duration: 60, blockSec: 120 },
  "signin-id": { points: 5, duration: 300, blockSec: 300 },
  "staff-signin-ip": { points: 10, duration: 300, blockSec: 300 },
  "register-ip": { points: 60, duration: 600, blockSec: 600 }, // one office network registers many staff
  "register-id": { points: 5, duration: 600, blockSec: 600 },
  "start-ip": { points: 120, duration: 60, blockSec: 60 },
};

const limiters = new Map<LimitName, RateLimiterAbstract>();
let disabled = process.env.RATE_LIMIT_DISABLED === "1";

function limiter(name: LimitName): RateLimiterAbstract {
  let l = limiters.get(name);
  if (!l) {
    const rule = RULES[name];
    const opts = { keyPrefix: `rl_${name.replace(/-/g, "_")}`, points: rule.points, duration: rule.duration, blockDuration: rule.blockSec };
    if (process.env.RATE_LIMIT_STORE === "postgres") {
      const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
      l = new RateLimiterPostgres({ ...opts, storeClient: pool, tableName: "rate_limits", insuranceLimiter: new RateLimiterMemory(opts) });
    } else {
      l = new RateLimiterMemory(opts);
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

/** Spends one point; refuses with the wait time when the key is over its limit. */
export async function consume(name: LimitName, key: string): Promise<LimitResult> {
  if (disabled) return { ok: true };
  try {
    await limiter(name).consume(key);
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

/** Clears a key after a success (e.g. a correct password resets the identifier's count). */
export async function reward(name: LimitName, key: string): Promise<void> {
  if (disabled) return;
  await limiter(name).delete(key).catch(() => undefined);
}

/** Tests and benchmarks: turn limits off or on for this process. */
export function setRateLimitsDisabled(value: boolean): void {
  disabled = value;
  limiters.clear();
}
