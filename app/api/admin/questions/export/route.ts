// GET: the bank of one contest, filtered like the list page, as .xlsx (the import template's
// columns, so it re-imports) or Aiken text. Called by the export links on /quan-tri/cau-hoi.
import { audit } from "@/lib/audit/log";
import { authorizeStaff } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { XLSX_CONTENT_TYPE } from "@/lib/exports/xlsx";
import { downloadResponse } from "@/lib/http/download";
import { errorResponse } from "@/lib/http/error-body";
import { toAiken } from "@/lib/questions/export/aiken";
import { buildExportWorkbook } from "@/lib/questions/export/xlsx";
import { listQuestionsForExport } from "@/lib/questions/queries";
import { parseQuestionFilter } from "@/lib/questions/schema";
import { staffActor } from "@/lib/staff/actor";
import { now, vnDayKey } from "@/lib/time";

export async function GET(req: Request): Promise<Response> {
  const auth = await authorizeStaff("bank");
  if (!auth.ok) return errorResponse(auth.status, auth.error);
  const params = new URL(req.url).searchParams;
  const format = params.get("format") === "aiken" ? "aiken" : "xlsx";
  const contest = await db.contest.findUnique({ where: { id: params.get("contestId") ?? "" }, select: { id: true, slug: true } });
  if (!contest) return errorResponse(404, "Không tìm thấy cuộc thi.");
  const { page: _page, ...filter } = parseQuestionFilter(Object.fromEntries(params));
  const questions = await listQuestionsForExport(contest.id, filter);
  // The bank is never published (docs/DOMAIN.md §8): who took a copy is worth recording.
  await audit({
    actor: staffActor(auth.staff),
    action: "question.export",
    entityType: "Contest",
    entityId: contest.id,
    after: { format, count: questions.length, filter },
  });
  const name = `ngan-hang-cau-hoi-${contest.slug}-${vnDayKey(now())}`;
  // Question texts with their answer keys: nosniff and no-store come with downloadResponse.
  if (format === "aiken") return downloadResponse({ body: toAiken(questions), filename: `${name}.txt`, contentType: "text/plain; charset=utf-8" });
  return downloadResponse({ body: new Uint8Array(await buildExportWorkbook(questions)), filename: `${name}.xlsx`, contentType: XLSX_CONTENT_TYPE });
}
