// Small helpers for route handlers called by our own pages with the session cookie (CSRF defence,
// docs/SECURITY.md §6). Server actions get Next's own Origin check (and proxy.ts); a route handler
// must do it itself: a state-changing request from another site is refused before anything is read
// or written, and its body must be of the one type the route expects.
import "server-only";
import { errorResponse } from "./error-body";
import { isSameOriginRequest } from "./origin";

/** The request came from a page of this site, or from a client that is not a browser (lib/http/origin.ts). */
export function isSameOrigin(req: Request): boolean {
  return isSameOriginRequest(req.headers, req.url);
}

const MAX_JSON_BYTES = 4096;

/** The body as JSON, or null when it is not JSON, too large, or not sent as application/json. */
export async function readJsonBody(req: Request, maxBytes = MAX_JSON_BYTES): Promise<unknown | null> {
  if (!hasBodyType(req, "json")) return null;
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

/**
 * What a state-changing route accepts. Both are types a cross-site form cannot send and a
 * cross-site fetch cannot send without a CORS preflight we never answer (unlike text/plain,
 * application/x-www-form-urlencoded and multipart/form-data, which a foreign form can post).
 * "file" is the raw upload of the bank import (components/questions/upload.ts).
 */
export type BodyKind = "json" | "file";
const MEDIA_TYPE: Record<BodyKind, string> = { json: "application/json", file: "application/octet-stream" };

function hasBodyType(req: Request, kind: BodyKind): boolean {
  const type = (req.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  return type === MEDIA_TYPE[kind];
}

const FOREIGN_ORIGIN_ERROR = "Yêu cầu không đến từ trang của cuộc thi.";
const WRONG_BODY_TYPE_ERROR = "Kiểu nội dung gửi lên không được chấp nhận. Vui lòng tải lại trang.";

/**
 * The CSRF gate of a state-changing route handler: 403 for another site, 415 for a body type the
 * route does not take; null to go on. A call that carries `Authorization` and no cookie (the
 * scheduler's bearer secret) cannot be forged by a browser, so its body type is not required.
 */
function refuseCrossSite(req: Request, kind: BodyKind): Response | null {
  if (!isSameOrigin(req)) return errorResponse(403, FOREIGN_ORIGIN_ERROR, { code: "FOREIGN_ORIGIN" });
  const bearerOnly = req.headers.has("authorization") && !req.headers.has("cookie");
  if (!bearerOnly && !hasBodyType(req, kind)) {
    return errorResponse(415, WRONG_BODY_TYPE_ERROR, { code: "UNSUPPORTED_MEDIA_TYPE" });
  }
  return null;
}

/** Wraps a POST/PUT/PATCH/DELETE handler: the CSRF gate runs before the handler (and its session check). */
export function mutationRoute<A extends unknown[]>(
  kind: BodyKind,
  handler: (req: Request, ...rest: A) => Promise<Response>,
): (req: Request, ...rest: A) => Promise<Response> {
  return async (req: Request, ...rest: A) => refuseCrossSite(req, kind) ?? handler(req, ...rest);
}
