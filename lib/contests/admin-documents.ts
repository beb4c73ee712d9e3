// Writing a contest's study documents ("Tài liệu": the texts questions are drawn from, listed on
// the public /tai-lieu page): add, edit, reorder, remove when no question uses it. Each change and
// its audit entry share one transaction.
import "server-only";
import type { z } from "zod";
import { fail, ok, type ActionResult } from "../actions/result";
import { appendAudit } from "../audit/log";
import { db } from "../db";
import { staffActor, type StaffActor } from "../staff/actor";
import { normalizeText } from "../text";
import { isoDate, parseVnDate } from "../time";
import { isUniqueViolation, moveInList } from "./admin-lists";
import { documentFileSelect, removeStoredObject } from "./document-files";
import type { createDocumentSchema, documentEditorSchema, moveByIdSchema, updateDocumentSchema } from "./schema";

type Out<S extends z.ZodType> = z.output<S>;

const DUPLICATE_CODE = "Cuộc thi đã có văn bản cùng số, ký hiệu.";

/** The stored form: names normalised (lib/text.ts), the date as yyyy-MM-dd, no link as null. */
function documentData(input: Out<typeof documentEditorSchema>) {
  const date = input.issuedOn === "" ? null : parseVnDate(input.issuedOn);
  return {
    code: normalizeText(input.code),
    title: normalizeText(input.title),
    issuer: normalizeText(input.issuer),
    issuedOn: date ? isoDate(date) : "",
    url: input.url === "" ? null : input.url,
  };
}

export async function createDocument(input: Out<typeof createDocumentSchema>, staff: StaffActor): Promise<ActionResult<{ id: string }>> {
  const contest = await db.contest.findUnique({ where: { id: input.contestId }, select: { id: true } });
  if (!contest) return fail("Không tìm thấy cuộc thi.");
  const data = documentData(input);
  try {
    const id = await db.$transaction(async (tx) => {
      const last = await tx.document.aggregate({ where: { contestId: input.contestId }, _max: { sortOrder: true } });
      const d = await tx.document.create({ data: { contestId: input.contestId, ...data, sortOrder: (last._max.sortOrder ?? -1) + 1 }, select: { id: true } });
      await appendAudit(tx, {
        actor: staffActor(staff),
        action: "document.create",
        entityType: "Document",
        entityId: d.id,
        after: { contestId: input.contestId, ...data },
      });
      return d.id;
    });
    return ok({ id });
  } catch (err) {
    if (isUniqueViolation(err)) return fail(DUPLICATE_CODE, { code: ["Số, ký hiệu bị trùng với văn bản khác."] });
    throw err;
  }
}

export async function updateDocument(input: Out<typeof updateDocumentSchema>, staff: StaffActor): Promise<ActionResult<{ id: string }>> {
  const before = await db.document.findUnique({ where: { id: input.id }, select: { code: true, title: true, issuer: true, issuedOn: true, url: true } });
  if (!before) return fail("Không tìm thấy văn bản.");
  const after = documentData(input);
  const changed = (Object.keys(after) as (keyof typeof after)[]).filter((k) => before[k] !== after[k]);
  if (changed.length === 0) return fail("Không có thay đổi nào để lưu.");
  try {
    await db.$transaction(async (tx) => {
      await tx.document.update({ where: { id: input.id }, data: after });
      await appendAudit(tx, {
        actor: staffActor(staff),
        action: "document.update",
        entityType: "Document",
        entityId: input.id,
        before: Object.fromEntries(changed.map((k) => [k, before[k]])),
        after: Object.fromEntries(changed.map((k) => [k, after[k]])),
      });
    });
  } catch (err) {
    if (isUniqueViolation(err)) return fail(DUPLICATE_CODE, { code: ["Số, ký hiệu bị trùng với văn bản khác."] });
    throw err;
  }
  return ok({ id: input.id });
}

/** The public list and the editor show documents in this order. */
const documentOrder = [{ sortOrder: "asc" as const }, { code: "asc" as const }];

export async function moveDocument(input: Out<typeof moveByIdSchema>, staff: StaffActor): Promise<ActionResult<{ id: string }>> {
  const doc = await db.document.findUnique({ where: { id: input.id }, select: { contestId: true } });
  if (!doc) return fail("Không tìm thấy văn bản.");
  return moveInList({
    input,
    staff,
    entityType: "Document",
    action: "document.move",
    edgeMessage: input.direction === "up" ? "Văn bản đã ở đầu danh sách." : "Văn bản đã ở cuối danh sách.",
    list: (tx) => tx.document.findMany({ where: { contestId: doc.contestId }, orderBy: documentOrder, select: { id: true, sortOrder: true } }),
    setOrder: (tx, id, sortOrder) => tx.document.update({ where: { id }, data: { sortOrder } }),
  });
}

/**
 * Only a document no question uses can go (questions keep their source tag; the bank filters by it).
 * The check is part of the delete itself, so a question tagged meanwhile is never silently untagged.
 */
export async function deleteDocument(id: string, staff: StaffActor): Promise<ActionResult<{ id: string }>> {
  const d = await db.document.findUnique({
    where: { id },
    select: { contestId: true, code: true, title: true, issuer: true, issuedOn: true, url: true, ...documentFileSelect },
  });
  if (!d) return fail("Không tìm thấy văn bản.");
  const deleted = await db.$transaction(async (tx) => {
    const { count } = await tx.document.deleteMany({ where: { id, questions: { none: {} } } });
    if (count === 1) await appendAudit(tx, { actor: staffActor(staff), action: "document.delete", entityType: "Document", entityId: id, before: d });
    return count === 1;
  });
  if (!deleted) {
    const questions = await db.question.count({ where: { documentId: id } });
    if (questions === 0) return fail("Không tìm thấy văn bản.");
    return fail(
      `Không xóa được “${d.code}”: đang có ${questions} câu hỏi dùng văn bản này. Hãy sửa thông tin văn bản, hoặc chuyển các câu hỏi sang văn bản khác trước khi xóa.`,
    );
  }
  // Only once the row is gone for good (lib/contests/document-files.ts, order of writes).
  await removeStoredObject(d.fileKey);
  return ok({ id });
}
