// Builds every statistics table of a round from the (cached) aggregates. The staff page renders
// these tables and the download route writes them: same function, same figures.
import "server-only";
import { GROUP_LABEL } from "../participants/labels";
import { byDistrict, byGroup, byUnit, GROUP_KEYS } from "./breakdown";
import { cachedContestPlaces, cachedDailyParticipation, cachedDurationCounts, cachedRoundBreakdown, cachedScoreCounts } from "./cached";
import { paginate, type ItemSort } from "./item-list";
import { buildItemTable } from "./item-table";
import type { RoundContext } from "./round-queries";
import { completeSeries, durationBucketCount, durationBucketLabel, fillDays, mean, ratio } from "./shape";
import type { StatColumn, StatTable, StatTableKey } from "./table-model";

export const UNIT_PAGE_SIZE = 50;

const STAT_TABLE_TITLE: Record<StatTableKey, string> = {
  "theo-ngay": "Người tham gia và lượt thi theo ngày",
  "theo-huyen": "Theo huyện/thành phố",
  "theo-don-vi": "Theo đơn vị",
  "theo-doi-tuong": "Theo đối tượng",
  "so-luot-thi": "Số lượt thi của mỗi người",
  "pho-diem": "Phổ điểm",
  "thoi-gian": "Thời gian làm bài",
  "phan-tich-cau-hoi": "Phân tích câu hỏi",
};

const col = (key: string, label: string, kind: StatColumn["kind"] = "int", digits?: number): StatColumn => ({
  key,
  label,
  kind,
  ...(digits ? { digits } : {}),
});

export interface TableOptions {
  /** 1-based page of the units table (clamped); without it the whole table (downloads). */
  page?: number;
  sort?: ItemSort;
  flaggedOnly?: boolean;
}

type Builder = (round: RoundContext, options: TableOptions) => Promise<Omit<StatTable, "key" | "title">>;

const BUILDERS: Record<StatTableKey, Builder> = {
  async "theo-ngay"(round) {
    const days = fillDays((await cachedDailyParticipation(round.id)).days);
    return {
      columns: [
        col("day", "Ngày (giờ Việt Nam)", "date"),
        col("attempts", "Lượt thi"),
        col("participants", "Người thi trong ngày"),
        col("newParticipants", "Người thi lần đầu"),
        col("cumulativeParticipants", "Lũy kế người tham gia"),
      ],
      rows: days.map((d) => ({ ...d })),
    };
  },

  async "theo-huyen"(round) {
    const [breakdown, places] = await Promise.all([cachedRoundBreakdown(round.id), cachedContestPlaces(round.contestId)]);
    const rows = byDistrict(breakdown, places.districts);
    return {
      columns: [
        col("name", "Huyện/thành phố", "text"),
        col("participants", "Người tham gia"),
        col("attempts", "Lượt thi"),
        col("averageScore", "Số câu đúng trung bình", "decimal", 2),
      ],
      rows: rows.map((r) => ({ name: r.name, participants: r.participants, attempts: r.attempts, averageScore: mean(r.scoreSum, r.attempts) })),
    };
  },

  async "theo-don-vi"(round, { page }) {
    const [breakdown, places] = await Promise.all([cachedRoundBreakdown(round.id), cachedContestPlaces(round.contestId)]);
    const all = byUnit(breakdown, places.units);
    const rows = page ? paginate(all, page, UNIT_PAGE_SIZE).rows : all;
    return {
      columns: [
        col("name", "Đơn vị", "text"),
        col("district", "Huyện/thành phố", "text"),
        col("participants", "Người tham gia"),
        col("attempts", "Lượt thi"),
        col("headcount", "Số cán bộ (biên chế)"),
        col("rate", "Tỉ lệ tham gia (%)", "percent"),
      ],
      rows: rows.map((u) => ({
        name: u.name,
        district: u.districtName,
        participants: u.participants,
        attempts: u.attempts,
        headcount: u.headcount,
        rate: ratio(u.participants, u.headcount),
      })),
      total: all.length,
    };
  },

  async "theo-doi-tuong"(round) {
    const groups = byGroup(await cachedRoundBreakdown(round.id));
    const people = Object.values(groups).reduce((s, g) => s + g.participants, 0);
    return {
      columns: [
        col("group", "Đối tượng", "text"),
        col("participants", "Người tham gia"),
        col("share", "Tỉ lệ trong tổng số người (%)", "percent"),
        col("attempts", "Lượt thi"),
        col("averageScore", "Số câu đúng trung bình", "decimal", 2),
      ],
      rows: GROUP_KEYS.map((g) => ({
        group: GROUP_LABEL[g],
        participants: groups[g].participants,
        share: ratio(groups[g].participants, people),
        attempts: groups[g].attempts,
        averageScore: mean(groups[g].scoreSum, groups[g].attempts),
      })),
    };
  },

  async "so-luot-thi"(round) {
    const series = completeSeries((await cachedDailyParticipation(round.id)).attemptsPerParticipant, round.attemptsAllowed, 1);
    return {
      columns: [col("attempts", "Số lượt thi đã nộp"), col("participants", "Số người"), col("share", "Tỉ lệ (%)", "percent")],
      rows: series.map((s) => ({ attempts: s.value, participants: s.count, share: s.share })),
    };
  },

  async "pho-diem"(round) {
    const series = completeSeries(await cachedScoreCounts(round.id), round.questionCount);
    return {
      columns: [col("score", "Số câu đúng"), col("attempts", "Lượt thi"), col("share", "Tỉ lệ (%)", "percent")],
      rows: series.map((s) => ({ score: s.value, attempts: s.count, share: s.share })),
    };
  },

  async "thoi-gian"(round) {
    const series = completeSeries(await cachedDurationCounts(round.id), durationBucketCount(round.timeLimitSec) - 1);
    return {
      columns: [col("bucket", "Thời gian làm bài", "text"), col("attempts", "Lượt thi"), col("share", "Tỉ lệ (%)", "percent")],
      rows: series.map((s) => ({ bucket: durationBucketLabel(s.value), attempts: s.count, share: s.share })),
    };
  },

  async "phan-tich-cau-hoi"(round, { sort, flaggedOnly }) {
    return buildItemTable(round.id, sort ?? "canh-bao", flaggedOnly ?? false);
  },
};

export async function buildStatTable(key: StatTableKey, round: RoundContext, options: TableOptions = {}): Promise<StatTable> {
  const built = await BUILDERS[key](round, options);
  return { key, title: STAT_TABLE_TITLE[key], ...built };
}
