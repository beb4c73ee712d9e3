// GET: the bank of one contest, filtered like the list page, as .xlsx (the import template's
// columns, so it re-imports) or Aiken text. Called by the export links on /quan-tri/cau-hoi.
import { audit } from "@/lib/audit/log";
import { authorizeStaff } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { toAiken } from "@/lib/questions/export/aiken";
import { buildExportWorkbook } from "@/lib/questions/export/xlsx";
import { attachment, refusal, XLSX_TYPE } from "@/lib/questions/http";
import { listQuestionsForExport } from "@/lib/questions/queries";
import { parseQuestionFilter } from "@/lib/questions/schema";
import { staffActor } from "@/lib/staff/actor";
import { now, vnDayKey } from "@/lib/time";

export async function GET(req: Request): Promise<Response> {
  const auth = await authorizeStaff("bank");
  if (!auth.ok) return refusal(auth.status, auth.error);
  const params = new URL(req.url).searchParams;
  const format = params.get("format") === "aiken" ? "aiken" : "xlsx";
  const contest = await db.contest.findUnique({ where: { id: params.get("contestId") ?? "" }, select: { id: true, slug: true } });
  if (!contest) return refusal(404, "Không tìm thấy cuộc thi.");
  const { page: _page, ...filter } = parseQuestionFilter(Object.fromEntries(params));
  const questions = await listQuestionsForExport(contest.id, filter);
  // The bank is never published (docs/DOMAIN.md §8): who took a copy is worth recording.
  await audit({ actor: staffActor(auth.staff), action: "question.export", entityType: "Contest", entityId: contest.id, after: { format, count: questions.length, filter } });
  const name = `ngan-hang-cau-hoi-${contest.slug}-${vnDayKey(now())}`;
  if (format === "aiken") {
    return new Response(toAiken(questions), {
      headers: { "Content-Type": "text/plain; charset=utf-8", "Content-Disposition": attachment(`${name}.txt`), "Cache-Control": "no-store" },
    });
  }
  const body = await buildExportWorkbook(questions);
  return new Response(new Uint8Array(body), {
    headers: { "Content-Type": XLSX_TYPE, "Content-Disposition": attachment(`${name}.xlsx`), "Cache-Control": "no-store" },
  });
}
