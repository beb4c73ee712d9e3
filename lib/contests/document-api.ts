// The two HTTP ends of a study document's uploaded file (the rules are in document-files.ts):
// - the staff upload (POST /api/admin/documents/<id>/file): the raw body, size-limited while read;
// - the public download (GET /tai-lieu/<id>): streamed from the storage with its sniffed type,
//   opened in the browser (PDF, images) or saved (DOCX). A published contest's file may be cached
//   (public, with an ETag); an unpublished contest's file is for signed-in staff only (the
//   editor's preview) and never cached; anyone else gets 404.
import "server-only";
import { createHash } from "node:crypto";
import { revalidatePath } from "next/cache";
import { authorizeStaff } from "../auth/session";
import { downloadResponse } from "../http/download";
import { errorResponse } from "../http/error-body";
import { NO_STORE } from "../http/json-route";
import { readUploadBody } from "../http/upload-body";
import { log } from "../log";
import type { StaffActor } from "../staff/actor";
import { tooLargeMessage } from "../storage/file-types";
import { maxUploadBytes } from "../storage/settings";
import { storage } from "../storage/storage";
import { attachDocumentFile, findDocumentFile } from "./document-files";

export async function receiveDocumentFile(req: Request, documentId: string, staff: StaffActor): Promise<Response> {
  const fileName = (new URL(req.url).searchParams.get("fileName") ?? "").slice(0, 255);
  const max = maxUploadBytes();
  const body = await readUploadBody(req, max);
  if (!body.ok) return errorResponse(413, tooLargeMessage(max), { code: "TOO_LARGE" });
  const result = await attachDocumentFile(documentId, body.bytes, fileName, staff);
  if (!result.ok) return errorResponse(422, result.error);
  // The editor and every public page listing documents (the "/" layout covers /tai-lieu).
  revalidatePath("/quan-tri/cuoc-thi", "layout");
  revalidatePath("/", "layout");
  return Response.json(result, { headers: NO_STORE });
}

/** Five minutes: a replaced file reaches every phone soon; the ETag keeps the recheck to a 304. */
const PUBLIC_CACHE = "public, max-age=300";
const NOT_FOUND = "Không tìm thấy tệp tài liệu. Có thể Ban Tổ chức vừa thay hoặc gỡ tệp; hãy tải lại trang Tài liệu.";

function etagOf(fileKey: string): string {
  return `"${createHash("sha256").update(fileKey).digest("base64url").slice(0, 27)}"`;
}

function matches(ifNoneMatch: string | null, etag: string): boolean {
  return (ifNoneMatch ?? "").split(",").some((t) => t.trim().replace(/^W\//, "") === etag || t.trim() === "*");
}

export async function documentFileResponse(req: Request, documentId: string): Promise<Response> {
  const file = await findDocumentFile(documentId);
  if (!file) return errorResponse(404, NOT_FOUND);
  if (!file.isPublished) {
    const auth = await authorizeStaff(null);
    if (!auth.ok) return errorResponse(404, NOT_FOUND);
  }
  const cacheControl = file.isPublished ? PUBLIC_CACHE : "private, no-store";
  const etag = etagOf(file.fileKey);
  if (file.isPublished && matches(req.headers.get("if-none-match"), etag)) {
    return new Response(null, { status: 304, headers: { ETag: etag, "Cache-Control": cacheControl } });
  }
  const object = await storage().stream(file.fileKey);
  if (!object) {
    log.error({ documentId, key: file.fileKey }, "document file missing from storage");
    return errorResponse(404, NOT_FOUND);
  }
  return downloadResponse({
    body: object.body,
    size: object.size,
    filename: file.fileName,
    contentType: file.fileType,
    disposition: file.disposition,
    cacheControl,
    headers: { ETag: etag },
  });
}
