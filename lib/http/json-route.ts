// Small helpers for JSON route handlers called by our own pages with the session cookie.
// Server actions check the Origin header themselves; a route handler must do it: a POST that
// carries a cookie from another site is refused before anything is read or written.
import "server-only";

/** The request came from a page of this site (or from a non-browser client that sends no Origin). */
export function isSameOrigin(req: Request): boolean {
  const origin = req.headers.get("origin");
  if (origin === null) return true; // same-origin GETs and non-browser clients; cookies are SameSite=Lax
  const host = req.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || req.headers.get("host");
  try {
    return host !== null && new URL(origin).host === host;
  } catch {
    return false;
  }
}

const MAX_JSON_BYTES = 4096;

/** The body as JSON, or null when it is not JSON, too large, or not sent as application/json. */
export async function readJsonBody(req: Request, maxBytes = MAX_JSON_BYTES): Promise<unknown | null> {
  const type = req.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("application/json")) return null;
  // A declared size over the limit is refused before the body is read into memory.
  if (Number(req.headers.get("content-length") ?? 0) > maxBytes) return null;
  const text = await req.text();
  if (text.length > maxBytes) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

export const NO_STORE = { "Cache-Control": "no-store" } as const;
