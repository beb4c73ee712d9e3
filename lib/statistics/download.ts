// A statistics table of a round as a downloadable file: the same `buildStatTable` as the page.
import "server-only";
import { XLSX_CONTENT_TYPE } from "../exports/xlsx";
import type { DownloadFile } from "../http/download";
import { toCsv, toXlsx } from "./export";
import { parseItemSort } from "./item-list";
import { getRoundContext } from "./round-queries";
import { isStatTableKey } from "./table-model";
import { buildStatTable } from "./tables";

type DownloadFormat = "csv" | "xlsx";

/**
 * The item analysis shows question texts and answer keys while a round may still be open, so it is
 * for the roles that may see the bank (ADMIN, EDITOR), not for every staff role.
 */
export const ITEM_TABLE = "phan-tich-cau-hoi";
export const ITEM_ANALYSIS_FORBIDDEN = "Phân tích câu hỏi có nội dung và đáp án câu hỏi, chỉ dành cho Ban Tổ chức và Ban đề thi.";

export interface DownloadRequest {
  table: string;
  roundId: string | null;
  format: string | null;
  sort?: string | null;
  flaggedOnly?: boolean;
}

export type DownloadResult = { ok: true; file: DownloadFile } | { ok: false; status: 400 | 404; error: string };

const CONTENT_TYPE: Record<DownloadFormat, string> = { csv: "text/csv; charset=utf-8", xlsx: XLSX_CONTENT_TYPE };

export async function buildStatisticsDownload(req: DownloadRequest): Promise<DownloadResult> {
  if (!isStatTableKey(req.table)) return { ok: false, status: 404, error: "Không có bảng thống kê này." };
  const format: DownloadFormat | null = req.format === "xlsx" ? "xlsx" : req.format === "csv" || !req.format ? "csv" : null;
  if (!format) return { ok: false, status: 400, error: "Định dạng tệp phải là csv hoặc xlsx." };
  if (!req.roundId) return { ok: false, status: 400, error: "Thiếu đợt thi." };
  const round = await getRoundContext(req.roundId);
  if (!round) return { ok: false, status: 404, error: "Không tìm thấy đợt thi." };
  const table = await buildStatTable(req.table, round, { sort: parseItemSort(req.sort ?? undefined), flaggedOnly: req.flaggedOnly ?? false });
  const filename = `thong-ke-${req.table}-${round.contestSlug}-dot-${round.number}.${format}`;
  const body = format === "csv" ? toCsv(table) : new Uint8Array(await toXlsx(table, `${round.contestName} — ${round.name}: ${table.title}`));
  return { ok: true, file: { filename, contentType: CONTENT_TYPE[format], body } };
}
