// The one HTTP response for a file download (issue 15 point 5): every export, certificate PDF,
// template and data download goes through `downloadResponse`. Pure (no next/* import).
// - Content-Disposition carries an ASCII fallback name for old clients and the exact Vietnamese
//   name as RFC 5987 `filename*` (RFC 6266 §4.3), so no browser mangles diacritics or quotes.
// - `nosniff`: a browser must never render an export (question texts, answer keys, personal data)
//   as HTML because its bytes look like it.
// - `private, no-store` unless the caller says otherwise: downloads carry personal data or the bank.
import { searchKey } from "../text";

export type Disposition = "attachment" | "inline";

/** "Quý 1 – Chứng nhận.xlsx" → "quy-1-chung-nhan.xlsx": safe for every browser and file system. */
export function asciiFilename(name: string): string {
  const dot = name.lastIndexOf(".");
  const base = dot > 0 ? name.slice(0, dot) : name;
  const ext =
    dot > 0
      ? name
          .slice(dot)
          .toLowerCase()
          .replace(/[^.a-z0-9]/g, "")
      : "";
  const slug =
    searchKey(base)
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "tep";
  return slug.slice(0, 120) + ext;
}

/** encodeURIComponent leaves ' ( ) * unescaped; RFC 5987's attr-char does not allow them. */
function rfc5987(value: string): string {
  return encodeURIComponent(value.normalize("NFC")).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function contentDisposition(filename: string, disposition: Disposition = "attachment"): string {
  return `${disposition}; filename="${asciiFilename(filename)}"; filename*=UTF-8''${rfc5987(filename)}`;
}

/** A file a lib/ module built, ready for `downloadResponse`. */
export interface DownloadFile {
  body: BodyInit;
  filename: string;
  contentType: string;
}

export interface DownloadOptions extends DownloadFile {
  disposition?: Disposition;
  /** The byte length of a stream body (a stored file), which cannot be measured without reading it. */
  size?: number;
  /** Only for public documents (the published results); the default keeps the file off every cache. */
  cacheControl?: string;
  /** Extra headers (ETag, Repr-Digest…); they cannot replace the ones set here. */
  headers?: Record<string, string>;
}

const PRIVATE_NO_STORE = "private, no-store";

/** The byte length when it is known without reading a stream. */
function byteLength(body: BodyInit): number | null {
  if (typeof body === "string") return new TextEncoder().encode(body).byteLength;
  if (body instanceof ArrayBuffer) return body.byteLength;
  if (ArrayBuffer.isView(body)) return body.byteLength;
  if (typeof Blob !== "undefined" && body instanceof Blob) return body.size;
  return null;
}

export function downloadResponse({
  body,
  filename,
  contentType,
  disposition = "attachment",
  cacheControl = PRIVATE_NO_STORE,
  headers = {},
  size,
}: DownloadOptions): Response {
  const length = byteLength(body) ?? size ?? null;
  return new Response(body, {
    status: 200,
    headers: {
      ...headers,
      "Content-Type": contentType,
      "Content-Disposition": contentDisposition(filename, disposition),
      "Cache-Control": cacheControl,
      "X-Content-Type-Options": "nosniff",
      ...(length === null ? {} : { "Content-Length": String(length) }),
    },
  });
}
