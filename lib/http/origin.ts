// Where a request comes from, for the CSRF checks of route handlers (lib/http/json-route.ts) and of
// server-action posts (proxy.ts). Pure: headers in, a boolean out; no `server-only`, so the proxy
// and unit tests can use it.
import { trustedProxyHops } from "../security/request";

type Headers = { get(name: string): string | null };

/**
 * The host the browser addressed. X-Forwarded-Host is believed only behind our own proxies
 * (TRUSTED_PROXY_HOPS > 0): without one, any client writes it. With n proxies that each append the
 * Host they received, the outermost one's entry is the n-th from the end.
 */
function siteHost(headers: Headers, url: string): string | null {
  const hops = trustedProxyHops();
  const forwarded =
    hops > 0
      ? (headers.get("x-forwarded-host") ?? "")
          .split(",")
          .map((h) => h.trim())
          .filter(Boolean)
      : [];
  if (forwarded.length > 0) return forwarded[Math.max(0, forwarded.length - hops)].toLowerCase();
  const host = headers.get("host");
  if (host) return host.toLowerCase();
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

/**
 * The request came from a page of this site, or from a client that is not a browser.
 * - `Origin` present: its host must equal the site's host (`Origin: null` never does).
 * - `Origin` missing: every current browser sends Origin on a POST, so a missing one is a
 *   non-browser client (the scheduler, curl), which carries no victim's cookies. A browser that
 *   strips Origin still sends `Sec-Fetch-Site`: anything but "same-origin" (or "none", typed by
 *   the user) is refused, including "same-site" (a sibling sub-domain).
 */
export function isSameOriginRequest(headers: Headers, url: string): boolean {
  const origin = headers.get("origin");
  if (origin === null) {
    const site = headers.get("sec-fetch-site");
    return site === null || site === "same-origin" || site === "none";
  }
  const host = siteHost(headers, url);
  try {
    return host !== null && new URL(origin).host === host;
  } catch {
    return false;
  }
}
