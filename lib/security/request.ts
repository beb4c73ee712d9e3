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

/** First address of X-Forwarded-For (set by the load balancer), else X-Real-IP, else "unknown". */
export function clientIp(headers: HeaderBag | undefined): string {
  const fwd = header(headers, "x-forwarded-for");
  if (fwd) return fwd.split(",")[0].trim();
  return header(headers, "x-real-ip")?.trim() || "unknown";
}

export function userAgent(headers: HeaderBag | undefined): string {
  return header(headers, "user-agent") ?? "";
}

/** A keyed hash: the same IP gives the same value (to spot many accounts from one network). */
export function hashIdentifier(value: string): string {
  const key = process.env.NEXTAUTH_SECRET || "dev-only-key";
  return createHmac("sha256", key).update(value).digest("hex").slice(0, 32);
}
