// HTTP responses for file downloads: an attachment with an ASCII fallback name and the exact
// Vietnamese name (RFC 6266 filename*), never cached (they carry personal data).
import { searchKey } from "../text";

/** "Quý 1 – Chứng nhận.xlsx" → "quy-1-chung-nhan.xlsx": safe for every browser and file system. */
export function asciiFilename(name: string): string {
  const dot = name.lastIndexOf(".");
  const base = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot).toLowerCase().replace(/[^.a-z0-9]/g, "") : "";
  const slug = searchKey(base).replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "tep";
  return slug.slice(0, 120) + ext;
}

export function contentDisposition(filename: string, disposition: "attachment" | "inline" = "attachment"): string {
  return `${disposition}; filename="${asciiFilename(filename)}"; filename*=UTF-8''${encodeURIComponent(filename.normalize("NFC"))}`;
}

export interface DownloadFile {
  body: BodyInit;
  filename: string;
  contentType: string;
}

export function downloadResponse(file: DownloadFile, disposition: "attachment" | "inline" = "attachment"): Response {
  return new Response(file.body, {
    status: 200,
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": contentDisposition(file.filename, disposition),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** A plain Vietnamese error for a download link (the browser shows it as the page). */
export function errorResponse(status: number, error: string): Response {
  return Response.json({ error }, { status, headers: { "Cache-Control": "no-store" } });
}
