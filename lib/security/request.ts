// The caller's network identity, for rate limits and integrity flags. The raw IP is never stored:
// only a keyed hash of it.
import { createHmac } from "node:crypto";

type HeaderBag = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

function header(headers: HeaderBag | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof (headers as { get?: unknown }).get === "function") return (headers as { get(n: string): string | null }).get(name) ?? undefined;
  const v = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * How many reverse proxies of ours stand in front of the app (TRUSTED_PROXY_HOPS, default 0).
 * Forwarded headers (X-Forwarded-For, X-Forwarded-Host) are believed only when this is > 0: with
 * no proxy in front, any client can write them. docs/OPERATIONS.md describes the nginx set-up.
 */
export function trustedProxyHops(): number {
  const n = Number(process.env.TRUSTED_PROXY_HOPS ?? "0");
  return Number.isInteger(n) && n > 0 ? n : 0;
}

/** What a source is called when no trustworthy address is known: one shared bucket. */
export const UNKNOWN_SOURCE = "unknown";

const IP_SHAPE = /^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f:]*:[0-9a-f:.]*)$/i;

/**
 * The client's address from X-Forwarded-For when `hops` proxies of ours stand in front: each
 * appends the address it received from (nginx `$proxy_add_x_forwarded_for`), so the client is the
 * hops-th entry from the right; anything left of it was written by the client. With 0 hops
 * nothing is believed: `next start` fills X-Forwarded-For with the socket address only when the
 * request carries none (`??=` in next/dist/server/base-server.js), so a client-set value would
 * pass, and a route handler sees no socket address at all. Pure.
 */
export function forwardedClientIp(forwardedFor: string | undefined, hops: number): string {
  if (hops <= 0 || !forwardedFor) return UNKNOWN_SOURCE;
  const entries = forwardedFor.split(",").map((e) => e.trim());
  const candidate = entries.length >= hops ? entries[entries.length - hops] : "";
  return IP_SHAPE.test(candidate) ? candidate.toLowerCase() : UNKNOWN_SOURCE;
}

/**
 * The caller's address as far as TRUSTED_PROXY_HOPS lets us believe it, else "unknown" (every
 * such caller shares one source: docs/SECURITY.md §4, docs/OPERATIONS.md "Reverse proxy").
 */
export function clientIp(headers: HeaderBag | undefined): string {
  return forwardedClientIp(header(headers, "x-forwarded-for"), trustedProxyHops());
}

export function userAgent(headers: HeaderBag | undefined): string {
  return header(headers, "user-agent") ?? "";
}

/** A keyed hash: the same IP gives the same value (to spot many accounts from one network). */
export function hashIdentifier(value: string): string {
  const key = process.env.NEXTAUTH_SECRET || "dev-only-key";
  return createHmac("sha256", key).update(value).digest("hex").slice(0, 32);
}
