// Writing the question bank: create, edit (a new immutable version each time the content changes),
// archive/restore, and the near-duplicate check. Each write and its audit entry share a transaction.
import "server-only";
import { fail, ok, type ActionResult } from "../actions/result";
import { appendAudit } from "../audit/log";
import { db, type Tx } from "../db";
import { staffActor, type StaffActor } from "../staff/actor";
import { searchKey } from "../text";
import { readOptions, type QuestionStatusValue } from "./format";
import { bankTexts } from "./queries";
import type { QuestionContent } from "./schema";
import { NEAR_DUPLICATE_THRESHOLD, SimilarityIndex } from "./similarity";

export interface SimilarQuestion {
  id: string;
  text: string;
  score: number;
  status: QuestionStatusValue;
}

export type SaveOutcome =
  | { status: "saved"; id: string; version: number; newVersion: boolean }
  // Near-duplicates were found and the editor has not confirmed yet: nothing was written.
  | { status: "similar"; similar: SimilarQuestion[] };

const MAX_SIMILAR_SHOWN = 5;

/** The audit reason of a save the author confirmed despite near-duplicates (create and update alike). */
const similarityReason = (confirmed: boolean) => (confirmed ? "Đã xác nhận lưu dù có câu hỏi gần trùng." : null);

export async function findSimilarQuestions(contestId: string, text: string, excludeId: string | null): Promise<SimilarQuestion[]> {
  if (searchKey(text).length < 3) return [];
  const bank = await bankTexts(contestId);
  const byId = new Map(bank.map((b) => [b.id, b]));
  return new SimilarityIndex(bank)
    .query(text, NEAR_DUPLICATE_THRESHOLD, excludeId ? [excludeId] : [])
    .slice(0, MAX_SIMILAR_SHOWN)
    .map((m) => ({ id: m.id, score: Math.round(m.score * 100) / 100, text: byId.get(m.id)!.text, status: byId.get(m.id)!.status }));
}

/** The version content as stored and as audited. */
function versionContent(c: QuestionContent) {
  return { text: c.text, options: c.options.map((o) => o.text), correctIndex: c.correctIndex, explanation: c.explanation };
}

async function checkDocument(contestId: string, documentId: string | null): Promise<string | null> {
  if (!documentId) return null;
  const doc = await db.document.findFirst({ where: { id: documentId, contestId }, select: { id: true } });
  return doc ? null : "Tài liệu nguồn không thuộc cuộc thi này.";
}

export async function createQuestion(
  input: QuestionContent & { contestId: string; confirmSimilar: boolean },
  staff: StaffActor,
): Promise<ActionResult<SaveOutcome>> {
  const contest = await db.contest.findUnique({ where: { id: input.contestId }, select: { id: true } });
  if (!contest) return fail("Không tìm thấy cuộc thi.");
  const docError = await checkDocument(input.contestId, input.documentId);
  if (docError) return fail(docError, { documentId: [docError] });
  if (!input.confirmSimilar) {
    const similar = await findSimilarQuestions(input.contestId, input.text, null);
    if (similar.length) return ok({ status: "similar", similar });
  }
  const content = versionContent(input);
  const id = await db.$transaction(async (tx) => {
    const q = await tx.question.create({
      data: {
        contestId: input.contestId,
        documentId: input.documentId,
        difficulty: input.difficulty,
        textSearch: searchKey(input.text),
        versions: { create: { version: 1, ...content, createdById: staff.id } },
      },
      select: { id: true },
    });
    await appendAudit(tx, {
      actor: staffActor(staff),
      action: "question.create",
      entityType: "Question",
      entityId: q.id,
      reason: similarityReason(input.confirmSimilar),
      after: { version: 1, ...content, documentId: input.documentId, difficulty: input.difficulty },
    });
    return q.id;
  });
  return ok({ status: "saved", id, version: 1, newVersion: true });
}

class ConflictError extends Error {}

export async function updateQuestion(
  input: QuestionContent & { id: string; baseVersion: number; confirmSimilar: boolean },
  staff: StaffActor,
): Promise<ActionResult<SaveOutcome>> {
  const q = await db.question.findUnique({
    where: { id: input.id },
    select: {
      id: true,
      contestId: true,
      currentVersion: true,
      documentId: true,
      difficulty: true,
      versions: { orderBy: { version: "desc" }, take: 1, select: { version: true, text: true, options: true, correctIndex: true, explanation: true } },
    },
  });
  if (!q || q.versions.length === 0) return fail("Không tìm thấy câu hỏi.");
  if (q.currentVersion !== input.baseVersion) {
    return fail(`Câu hỏi vừa được sửa thành phiên bản ${q.currentVersion} trong lúc bạn chỉnh sửa. Vui lòng tải lại trang để xem thay đổi.`);
  }
  const docError = await checkDocument(q.contestId, input.documentId);
  if (docError) return fail(docError, { documentId: [docError] });

  const v = q.versions[0];
  const before = {
    version: v.version,
    text: v.text,
    options: readOptions(v.options),
    correctIndex: v.correctIndex,
    explanation: v.explanation,
    documentId: q.documentId,
    difficulty: q.difficulty,
  };
  const content = versionContent(input);
  const contentChanged =
    JSON.stringify([before.text, before.options, before.correctIndex, before.explanation]) !==
    JSON.stringify([content.text, content.options, content.correctIndex, content.explanation]);
  const metaChanged = before.documentId !== input.documentId || before.difficulty !== input.difficulty;
  if (!contentChanged && !metaChanged) return fail("Không có thay đổi nào để lưu.");
  if (contentChanged && !input.confirmSimilar && searchKey(content.text) !== searchKey(before.text)) {
    const similar = await findSimilarQuestions(q.contestId, input.text, q.id);
    if (similar.length) return ok({ status: "similar", similar });
  }

  // Versions are never updated: attempts point at the version they showed (docs/DOMAIN.md §3, STYLE.md
  // "Snapshots"). Document and difficulty live on the question, so changing only them adds none.
  const version = contentChanged ? q.currentVersion + 1 : q.currentVersion;
  try {
    await db.$transaction(async (tx: Tx) => {
      if (contentChanged) {
        await tx.questionVersion.create({ data: { questionId: q.id, version, ...content, createdById: staff.id } });
      }
      const bumped = await tx.question.updateMany({
        where: { id: q.id, currentVersion: input.baseVersion },
        data: { currentVersion: version, textSearch: searchKey(content.text), documentId: input.documentId, difficulty: input.difficulty },
      });
      if (bumped.count !== 1) throw new ConflictError();
      await appendAudit(tx, {
        actor: staffActor(staff),
        action: "question.update",
        entityType: "Question",
        entityId: q.id,
        reason: similarityReason(input.confirmSimilar),
        before,
        after: { version, ...content, documentId: input.documentId, difficulty: input.difficulty },
      });
    });
  } catch (err) {
    if (err instanceof ConflictError || (err as { code?: string }).code === "P2002") {
      return fail("Câu hỏi vừa được người khác sửa. Vui lòng tải lại trang để xem phiên bản mới nhất.");
    }
    throw err;
  }
  return ok({ status: "saved", id: q.id, version, newVersion: contentChanged });
}

export async function setQuestionStatus(
  id: string,
  status: QuestionStatusValue,
  staff: StaffActor,
): Promise<ActionResult<{ id: string; status: QuestionStatusValue }>> {
  const q = await db.question.findUnique({ where: { id }, select: { id: true, status: true } });
  if (!q) return fail("Không tìm thấy câu hỏi.");
  if (q.status === status) return fail(status === "ARCHIVED" ? "Câu hỏi đã được lưu trữ." : "Câu hỏi đang được dùng.");
  await db.$transaction(async (tx) => {
    await tx.question.update({ where: { id }, data: { status } });
    await appendAudit(tx, {
      actor: staffActor(staff),
      action: status === "ARCHIVED" ? "question.archive" : "question.restore",
      entityType: "Question",
      entityId: id,
      before: { status: q.status },
      after: { status },
    });
  });
  return ok({ id, status });
}
