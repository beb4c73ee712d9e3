// The uploaded copy of a study document (issue 16 point 3): staff attach a PDF, DOCX or image to a
// document, replace it or remove it; participants open it from /tai-lieu. The bytes live in the
// storage (lib/storage), the key and the file's facts on the Document row. Order of writes:
//   upload: put the new object → one transaction (row + audit) → delete the old object;
//   remove, delete: one transaction → delete the object.
// So a committed row never names a missing object; a failure leaves at worst an orphan object,
// which nobody can reach (keys are random) and which is logged.
import "server-only";
import { fail, ok, type ActionResult } from "../actions/result";
import { appendAudit } from "../audit/log";
import { db } from "../db";
import { log } from "../log";
import { staffActor, type StaffActor } from "../staff/actor";
import { checkUpload, FILE_TYPES, kindOfContentType } from "../storage/file-types";
import { newObjectKey } from "../storage/keys";
import { maxUploadBytes } from "../storage/settings";
import { storage } from "../storage/storage";
import type { DocumentFile } from "./types";

/** The Prisma select of a document's file. */
export const documentFileSelect = { fileKey: true, fileName: true, fileType: true, fileSize: true } as const;

/** The file as the public list shows it, or null when the document has none. */
export function documentFile(row: { fileKey: string | null; fileName: string | null; fileType: string | null; fileSize: number | null }): DocumentFile | null {
  if (!row.fileKey || !row.fileName || !row.fileType || row.fileSize === null) return null;
  return { fileName: row.fileName, fileType: row.fileType, fileSize: row.fileSize };
}

/** After the transaction committed: a failed clean-up must not turn a done change into an error. */
export async function removeStoredObject(key: string | null | undefined): Promise<void> {
  if (!key) return;
  try {
    await storage().delete(key);
  } catch (err) {
    log.warn({ err, key }, "stored object left behind");
  }
}

/** A name safe to show and to send back in Content-Disposition: no path, no control characters, NFC. */
function cleanFileName(name: string, extension: string): string {
  const base = (name.split(/[\\/]/).pop() ?? "")
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .trim()
    .slice(0, 200);
  if (base === "") return `tai-lieu.${extension}`;
  // The extension follows the content: a PDF uploaded as "de-cuong.doc" is served as ".pdf".
  const stem = base.replace(/\.[A-Za-z0-9]{1,5}$/, "");
  return `${stem || "tai-lieu"}.${extension}`;
}

class ConcurrentChange extends Error {}

export async function attachDocumentFile(
  documentId: string,
  bytes: Uint8Array,
  uploadedName: string,
  staff: StaffActor,
): Promise<ActionResult<DocumentFile & { id: string }>> {
  const doc = await db.document.findUnique({ where: { id: documentId }, select: { id: true, contestId: true, ...documentFileSelect } });
  if (!doc) return fail("Không tìm thấy văn bản.");
  const check = checkUpload(bytes, maxUploadBytes());
  if (!check.ok) return fail(check.error);
  const type = FILE_TYPES[check.kind];
  const facts = { fileName: cleanFileName(uploadedName, type.extension), fileType: type.contentType, fileSize: bytes.byteLength };
  const key = newObjectKey(`documents/${doc.contestId}`, type.extension);
  await storage().put(key, bytes, type.contentType);
  try {
    await db.$transaction(async (tx) => {
      // Only the row read above is replaced: a second upload racing this one makes this one fail
      // (and its object removed) rather than orphaning the other's object.
      const { count } = await tx.document.updateMany({ where: { id: documentId, fileKey: doc.fileKey }, data: { fileKey: key, ...facts } });
      if (count !== 1) throw new ConcurrentChange();
      await appendAudit(tx, {
        actor: staffActor(staff),
        action: doc.fileKey ? "document.file.replace" : "document.file.upload",
        entityType: "Document",
        entityId: documentId,
        before: documentFile(doc),
        after: { ...facts, fileKey: key },
      });
    });
  } catch (err) {
    await removeStoredObject(key);
    if (err instanceof ConcurrentChange) return fail("Văn bản vừa được người khác thay đổi. Vui lòng tải lại trang rồi thử lại.");
    throw err;
  }
  await removeStoredObject(doc.fileKey);
  return ok({ id: documentId, ...facts });
}

export async function removeDocumentFile(documentId: string, staff: StaffActor): Promise<ActionResult<{ id: string }>> {
  const doc = await db.document.findUnique({ where: { id: documentId }, select: documentFileSelect });
  if (!doc) return fail("Không tìm thấy văn bản.");
  if (!doc.fileKey) return fail("Văn bản này chưa có tệp đính kèm.");
  const removed = await db.$transaction(async (tx) => {
    const { count } = await tx.document.updateMany({
      where: { id: documentId, fileKey: doc.fileKey },
      data: { fileKey: null, fileName: null, fileType: null, fileSize: null },
    });
    if (count === 1) {
      await appendAudit(tx, {
        actor: staffActor(staff),
        action: "document.file.remove",
        entityType: "Document",
        entityId: documentId,
        before: documentFile(doc),
      });
    }
    return count === 1;
  });
  if (!removed) return fail("Văn bản vừa được người khác thay đổi. Vui lòng tải lại trang rồi thử lại.");
  await removeStoredObject(doc.fileKey);
  return ok({ id: documentId });
}

export interface DocumentFileRecord extends DocumentFile {
  /** The storage key: a new upload gets a new key, so it also serves as the ETag. */
  fileKey: string;
  disposition: "inline" | "attachment";
  isPublished: boolean;
}

/** A document's file as the download route needs it (the bytes are streamed by the caller), or null. */
export async function findDocumentFile(documentId: string): Promise<DocumentFileRecord | null> {
  const doc = await db.document.findUnique({ where: { id: documentId }, select: { ...documentFileSelect, contest: { select: { isPublished: true } } } });
  const facts = doc && documentFile(doc);
  if (!doc?.fileKey || !facts) return null;
  const kind = kindOfContentType(facts.fileType);
  return { ...facts, fileKey: doc.fileKey, disposition: kind ? FILE_TYPES[kind].disposition : "attachment", isPublished: doc.contest.isPublished };
}
