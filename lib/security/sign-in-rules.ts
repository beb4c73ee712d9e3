// Pure rules of the sign-in limits (docs/SECURITY.md §4): whose tries count together, and how long
// a caller waits after a run of wrong passwords. No I/O; the stores are in sign-in-limits.ts.
import { normalizePhone } from "../participants/identity";

/** Wrong passwords in a row, per identity and source, before any wait. */
export const FREE_FAILURES = 3;
/** From this many wrong passwords in a row (per identity and source) the wait becomes a block. */
export const BLOCK_AFTER_FAILURES = 10;
export const BLOCK_SEC = 5 * 60;
/** A run of failures is forgotten this long after its first failure (a fixed window). */
export const FAILURE_WINDOW_SEC = 15 * 60;
/**
 * Without a trusted proxy every caller is the same "unknown" source, so the owner and an attacker
 * share one identity+source key: there the wait is a short hold of the request, never a refusal.
 */
export const UNKNOWN_SOURCE_MAX_HOLD_SEC = 2;

/**
 * Coarse per-source limits on failures (any identities), generous for an office or carrier NAT:
 * once a source has this many failures in its window, it is refused until the window ends.
 */
export const SOURCE_FAILURE_LIMIT = { participant: 300, staff: 30 } as const;
export const SOURCE_WINDOW_SEC = 10 * 60;

export type SignInKind = "participant" | "staff";

/**
 * Seconds a caller must wait before the next try after `failures` wrong passwords in a row:
 * FREE_FAILURES free, then 1, 2, 4, 8, 16, 30 s, and BLOCK_SEC from BLOCK_AFTER_FAILURES on.
 */
export function waitAfterFailures(failures: number): number {
  if (failures <= FREE_FAILURES) return 0;
  if (failures >= BLOCK_AFTER_FAILURES) return BLOCK_SEC;
  return Math.min(30, 2 ** (failures - FREE_FAILURES - 1));
}

/**
 * The identity a participant's sign-in is about, spelled as authentication reads it
 * (lib/auth/credentials.ts): whitespace removed, phones normalised ("+84 912…" = "0912…").
 * Null when nothing identifies anyone (the source limits still apply).
 */
export function participantIdentityKey(contestId: string, identifier: string): string | null {
  const id = identifier.replace(/\s/g, "");
  if (!id) return null;
  const phone = normalizePhone(id);
  return phone ? `${contestId.trim()}|tel|${phone}` : `${contestId.trim()}|id|${id.toLowerCase()}`;
}

/** A staff username as authentication looks it up. */
export function normalizeStaffUsername(username: string): string {
  return username.trim().toLowerCase();
}

export function staffIdentityKey(username: string): string | null {
  return normalizeStaffUsername(username) || null;
}
