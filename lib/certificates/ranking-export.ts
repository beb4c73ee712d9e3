// The full ranking of a round as .xlsx, with every tie-break column (docs/DOMAIN.md §6), from the
// round's latest FINAL computation. Streamed: entries are read page by page and written as they
// come, so a 300 000-row ranking never sits in memory. Full personal data: audited.
import "server-only";
import { audit } from "../audit/log";
import { parsePrizeTiers } from "../contests/prize-tiers";
import { db } from "../db";
import type { DownloadFile } from "../http/download";
import { streamXlsx, XLSX_CONTENT_TYPE, type XlsxCell, type XlsxColumn } from "../exports/xlsx";
import { formatIsoDateVn } from "../time";
import { formatVnDateTimeSeconds } from "./format";
import { staffActor, type StaffActor } from "../staff/actor";
import { rankingEntryColumnsSelect } from "../winners/queries";

export const RANKING_COLUMNS: XlsxColumn[] = [
  { header: "Hạng", width: 8 },
  { header: "Họ và tên", width: 28 },
  { header: "Ngày sinh", width: 12 },
  { header: "CCCD", width: 15 },
  { header: "Điện thoại", width: 13 },
  { header: "Huyện", width: 18 },
  { header: "Đơn vị", width: 36 },
  { header: "Số câu đúng", width: 11 },
  { header: "|Dự đoán − đáp số|", width: 18 },
  { header: "Thời gian làm bài", width: 18, numFmt: '0.000" giây"' },
  { header: "Nộp lúc", width: 20 },
  { header: "Giải", width: 18 },
  { header: "Ghi chú loại trừ", width: 36 },
];

const RANKING_PAGE_SIZE = 1000;

async function* rankingPages(computationId: string, tierName: (code: string) => string, pageSize: number): AsyncGenerator<XlsxCell[][]> {
  let afterRank = 0;
  for (;;) {
    // Keyset paging on the primary key (computationId, rank): each page is one index range scan.
    const entries = await db.rankingEntry.findMany({
      where: { computationId, rank: { gt: afterRank } },
      orderBy: { rank: "asc" },
      take: pageSize,
      select: rankingEntryColumnsSelect,
    });
    if (entries.length === 0) return;
    const people = await db.participant.findMany({
      where: { id: { in: [...new Set(entries.map((e) => e.participantId))] } },
      select: {
        id: true,
        fullName: true,
        birthDate: true,
        cccd: true,
        phone: true,
        unitName: true,
        unit: { select: { name: true } },
        district: { select: { name: true } },
      },
    });
    const byId = new Map(people.map((p) => [p.id, p]));
    yield entries.map((e) => {
      const p = byId.get(e.participantId);
      return [
        e.rank,
        p?.fullName ?? "",
        p ? formatIsoDateVn(p.birthDate) : "",
        p?.cccd ?? "",
        p?.phone ?? "",
        p?.district?.name ?? "",
        p ? p.unitName || p.unit?.name || "" : "",
        e.correctCount,
        e.predictionDiff,
        e.durationMs / 1000,
        formatVnDateTimeSeconds(e.submittedAt),
        e.prizeTier ? tierName(e.prizeTier) : "",
        e.excludedReason ?? "",
      ];
    });
    if (entries.length < pageSize) return;
    afterRank = entries[entries.length - 1].rank;
  }
}

export type RankingExportOutcome = { ok: true; file: DownloadFile; rows: number } | { ok: false; status: 404 | 409; error: string };

export async function exportRoundRanking(roundId: string, ctx: { actor: StaffActor; pageSize?: number }): Promise<RankingExportOutcome> {
  const round = await db.round.findUnique({ where: { id: roundId }, select: { id: true, name: true, awardYear: true, prizeTiers: true } });
  if (!round) return { ok: false, status: 404, error: "Không tìm thấy vòng thi." };
  const computation = await db.winnerComputation.findFirst({
    where: { roundId, kind: "FINAL" },
    orderBy: { computedAt: "desc" },
    select: { id: true, entryCount: true, computedAt: true },
  });
  if (!computation) return { ok: false, status: 409, error: "Vòng thi chưa có kết quả chính thức (chưa tính giải sau khi vòng thi kết thúc)." };
  const tiers = new Map(parsePrizeTiers(round.prizeTiers).map((t) => [t.code, t.name]));
  await audit({
    actor: staffActor(ctx.actor),
    action: "export.ranking",
    entityType: "Round",
    entityId: roundId,
    after: { computationId: computation.id, rows: computation.entryCount },
  });
  const body = streamXlsx(
    { name: "Xếp hạng", columns: RANKING_COLUMNS },
    rankingPages(computation.id, (code) => tiers.get(code) ?? code, ctx.pageSize ?? RANKING_PAGE_SIZE),
  );
  return {
    ok: true,
    rows: computation.entryCount,
    file: { body, filename: `Xếp hạng ${round.name} năm ${round.awardYear}.xlsx`, contentType: XLSX_CONTENT_TYPE },
  };
}
