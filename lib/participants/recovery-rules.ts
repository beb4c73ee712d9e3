// Pure rules of self-service account recovery (docs/SECURITY.md "Account recovery"): where a reset
// goes, the secrets sent and the keyed hashes stored, whether a reset still works. No Prisma, no
// next/*; the data access is lib/participants/recovery.ts, the schemas recovery-schema.ts.
import { createHmac, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import { RECOVERY_TTL_MINUTES, type RecoveryChannel } from "./recovery-channel";
import type { RecoveryIdentifier } from "./recovery-schema";

/** Tries at one SMS code (each entry, right or wrong, uses one): then it is void and a new code must be asked for. */
export const MAX_CODE_TRIES = 5;
/** Accounts one e-mail address may receive links for: e-mail is not unique within a contest (a family shares one). */
export const MAX_ACCOUNTS_PER_EMAIL = 3;

/**
 * Where one account's reset goes: a phone number asks for an SMS, an e-mail for a link; a CCCD
 * uses the e-mail when the person gave one (free to send), else the registered phone.
 */
export function channelFor(kind: RecoveryIdentifier["kind"], hasEmail: boolean): RecoveryChannel {
  if (kind === "email") return "EMAIL";
  if (kind === "phone") return "SMS";
  return hasEmail ? "EMAIL" : "SMS";
}

/** The e-mailed link's secret: 32 random bytes (256 bits), URL-safe. */
export function generateResetToken(): string {
  return randomBytes(32).toString("base64url");
}

/** The SMS code: 6 digits from a cryptographic source, leading zeros kept. */
export function generateSmsCode(randomIndex: (max: number) => number = randomInt): string {
  return String(randomIndex(1_000_000)).padStart(6, "0");
}

/**
 * The stored form of a secret: HMAC-SHA256 under the server's key. A code has only a million
 * values, so it is hashed with its reset's id (no two resets share a hash) and a key the database
 * does not hold: a copy of the table alone cannot be searched for the codes.
 */
export function secretHash(key: string, channel: RecoveryChannel, secret: string, resetId = ""): string {
  return createHmac("sha256", key).update(`${channel}:${resetId}:${secret}`).digest("hex");
}

/** Constant-time comparison of two hex hashes. */
export function hashesEqual(a: string, b: string): boolean {
  const x = Buffer.from(a, "hex");
  const y = Buffer.from(b, "hex");
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

export function resetExpiry(channel: RecoveryChannel, createdAt: Date): Date {
  return new Date(createdAt.getTime() + RECOVERY_TTL_MINUTES[channel] * 60_000);
}

export interface ResetState {
  expiresAt: Date;
  usedAt: Date | null;
  voidedAt: Date | null;
  failedTries: number;
}

/** A reset works until it expires, once, and (a code) while it has tries left. */
export function isResetUsable(r: ResetState, at: Date): boolean {
  return r.usedAt === null && r.voidedAt === null && r.expiresAt.getTime() > at.getTime() && r.failedTries < MAX_CODE_TRIES;
}
