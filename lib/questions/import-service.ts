// The import flow on the server: parse an uploaded file into a preview, and commit it all or
// nothing. The commit parses the file again rather than trusting anything the browser sends back.
import "server-only";
import { randomUUID } from "node:crypto";
import { fail, ok, type ActionResult } from "../actions/result";
import { appendAudit } from "../audit/log";
import { db } from "../db";
import { staffActor, type StaffActor } from "../staff/actor";
import { searchKey } from "../text";
import { now } from "../time";
import { parseImportFile } from "./import/parse";
import { buildPreview } from "./import/preview";
import type { ImportFormat, ImportPreview } from "./import/types";
import { bankTexts, listContestDocuments } from "./queries";

// Rows per statement: keeps each insert under SQLite's bound-parameter limit (not one query per row).
const CHUNK = 500;

export async function previewImport(contestId: string, format: ImportFormat, bytes: Uint8Array): Promise<ActionResult<ImportPreview>> {
  const contest = await db.contest.findUnique({ where: { id: contestId }, select: { id: true } });
  if (!contest) return fail("Không tìm thấy cuộc thi.");
  const [parsed, documents, bank] = await Promise.all([parseImportFile(format, bytes), listContestDocuments(contestId), bankTexts(contestId)]);
  return ok(buildPreview(format, parsed, { documents, bank }));
}

export interface ImportCommitResult {
  created: number;
  skipped: number;
}

export async function commitImport(
  contestId: string,
  format: ImportFormat,
  bytes: Uint8Array,
  fileName: string,
  staff: StaffActor,
): Promise<ActionResult<ImportCommitResult>> {
  const preview = await previewImport(contestId, format, bytes);
  if (!preview.ok) return preview;
  const { items, fileProblems, counts } = preview.data;
  if (fileProblems.length > 0) return fail(`Không nhập được: ${fileProblems[0]}`);
  if (counts.error > 0) return fail(`Không nhập câu hỏi nào: còn ${counts.error} câu hỏi có lỗi. Hãy sửa tệp rồi tải lên lại.`);
  const questions = items.flatMap((i) => (i.question ? [{ ...i.question, line: i.line }] : []));
  if (questions.length === 0) return fail("Tệp không có câu hỏi trắc nghiệm nào để nhập.");

  // createdAt steps by a millisecond so the bank (and its export) keeps the file's order.
  const base = now().getTime();
  const rows = questions.map((q, i) => ({ ...q, id: randomUUID(), createdAt: new Date(base + i) }));
  await db.$transaction(
    async (tx) => {
      for (let i = 0; i < rows.length; i += CHUNK) {
        const chunk = rows.slice(i, i + CHUNK);
        await tx.question.createMany({
          data: chunk.map((q) => ({
            id: q.id,
            contestId,
            documentId: q.documentId,
            difficulty: q.difficulty,
            textSearch: searchKey(q.text),
            createdAt: q.createdAt,
          })),
        });
        await tx.questionVersion.createMany({
          data: chunk.map((q) => ({
            questionId: q.id,
            version: 1,
            text: q.text,
            options: q.options,
            correctIndex: q.correctIndex,
            explanation: q.explanation,
            createdById: staff.id,
          })),
        });
      }
      await appendAudit(tx, {
        actor: staffActor(staff),
        action: "question.import",
        entityType: "Contest",
        entityId: contestId,
        after: { fileName, format, created: rows.length, skipped: counts.skipped, questionIds: rows.map((r) => r.id) },
      });
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
  return ok({ created: rows.length, skipped: counts.skipped });
}
