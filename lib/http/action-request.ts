// The gate proxy.ts puts in front of server-action posts (a POST with a `Next-Action` header, or a
// multipart form post, which may be a no-JavaScript action). Next answers a foreign-Origin action
// and a body its decoder cannot read with a 500 and an error in the log
// (node_modules/next/dist/server/app-render/action-handler.js); here they get 403/400 first, and
// nothing is logged. Pure and cheap: headers, and for text bodies one JSON.parse.
import { isSameOriginRequest } from "./origin";

export interface ActionRequest {
  method: string;
  url: string;
  headers: { get(name: string): string | null };
  /** Read only for a text body (the shape React's encodeReply uses when it returns a string). */
  text: () => Promise<string>;
}

export type ActionRefusal = { status: 400 | 403; message: string };

export const ACTION_FOREIGN_ORIGIN = "Yêu cầu không đến từ trang của cuộc thi.";
export const ACTION_MALFORMED = "Yêu cầu không hợp lệ.";

/** Next's own limit for an action body (serverActions.bodySizeLimit default): larger is Next's to refuse. */
const MAX_TEXT_BYTES = 1024 * 1024;

// In a one-part (text) reply React's decoder accepts only these `$` forms: an escaped "$$…", a date
// ($D…), a bigint ($n…), and the special numbers and undefined. Every other `$` form refers to
// another part of a multipart body, which a text body does not have: decoding it fails (a 500).
const INLINE_DOLLAR = /^\$(\$|D|n\d|undefined$|Infinity$|-Infinity$|-0$|NaN$)/;

function hasForeignReference(value: unknown): boolean {
  if (typeof value === "string") return value.startsWith("$") && !INLINE_DOLLAR.test(value);
  if (Array.isArray(value)) return value.some(hasForeignReference);
  if (value && typeof value === "object") return Object.values(value).some(hasForeignReference);
  return false;
}

/** null: let Next handle it; otherwise the refusal to answer instead. */
export async function checkActionRequest(req: ActionRequest): Promise<ActionRefusal | null> {
  if (req.method !== "POST") return null;
  if (!isSameOriginRequest(req.headers, req.url)) return { status: 403, message: ACTION_FOREIGN_ORIGIN };
  const actionId = req.headers.get("next-action");
  if (actionId === null) return null; // a multipart form post: the Origin check is all we do here
  // Action ids are hex strings (Next answers other ids 400 itself, but only after parsing).
  if (!/^[0-9a-f]{1,128}$/i.test(actionId)) return { status: 400, message: ACTION_MALFORMED };
  const type = (req.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (type === "multipart/form-data") return null;
  if (type !== "text/plain" && type !== "") return { status: 400, message: ACTION_MALFORMED };
  if (Number(req.headers.get("content-length") ?? 0) > MAX_TEXT_BYTES) return null;
  let args: unknown;
  try {
    args = JSON.parse(await req.text());
  } catch {
    return { status: 400, message: ACTION_MALFORMED };
  }
  // The reply of an action call is the list of its arguments.
  if (!Array.isArray(args) || hasForeignReference(args)) return { status: 400, message: ACTION_MALFORMED };
  return null;
}
