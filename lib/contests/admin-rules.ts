// Rules of the contest settings pages. Pure: date entry in Vietnam time, the conversion between
// the round form and the stored round, and which changes would alter a started round's results.
import { awardMonthOf, formatVnDateTime, isoDate, parseIsoDate, parseVnDate, vnInstant } from "../time";
import { DEFAULT_ANSWER_REVIEW } from "../attempts/answer-review";
import { DEFAULT_PREDICTION_TRUTH } from "../ranking/prediction-truth";
import { DEFAULT_RANKING_ORDER } from "../ranking/ranking-order";
import type { PrizeTier } from "./prize-tiers";
import { EDITABLE_ROUND_STATUSES, type RoundStatus } from "./round-status";
import type { RoundSettings } from "./types";

const VN_DATE_TIME = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2}):(\d{2})\s*$/;

/** "30/03/2023 23:59" (Vietnam time) → the UTC instant of that minute's start; null if invalid. */
export function parseVnDateTimeInput(value: string): Date | null {
  const m = VN_DATE_TIME.exec(value);
  if (!m) return null;
  const date = parseVnDate(`${m[1]}/${m[2]}/${m[3]}`);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  if (!date || hour > 23 || minute > 59) return null;
  return vnInstant(date.year, date.month, date.day, hour, minute);
}

/** The closing instant of an entered minute: "30/03/2023 23:59" closes at 23:59:59.999 (docs/DOMAIN.md §1). */
export function closingInstant(value: string): Date | null {
  const start = parseVnDateTimeInput(value);
  return start ? new Date(start.getTime() + 59_999) : null;
}

function formatVnDateTimeInput(instant: Date): string {
  return formatVnDateTime(instant);
}

/** "2023-03-25" → "25/03/2023" for the form; empty stays empty. */
function isoToVnDate(iso: string | null): string {
  const d = iso ? parseIsoDate(iso) : null;
  return d ? `${String(d.day).padStart(2, "0")}/${String(d.month).padStart(2, "0")}/${d.year}` : "";
}

/** The award month a round gets when none is entered. */
export function defaultAwardMonth(closesAtInput: string): { year: number; month: number } | null {
  const closes = closingInstant(closesAtInput);
  return closes ? awardMonthOf(closes) : null;
}

/**
 * The round form's values (as validated by the round schemas in schema.ts): the stored settings
 * with instants and dates as typed text, the time limit in minutes, and an award month that may
 * be left empty (then derived from the close).
 */
export interface RoundForm extends Omit<
  RoundSettings,
  "opensAt" | "closesAt" | "awardYear" | "awardMonth" | "timeLimitSec" | "decisionNumber" | "decisionDate"
> {
  opensAt: string;
  closesAt: string;
  awardYear: number | null;
  awardMonth: number | null;
  timeLimitMinutes: number;
  decisionNumber: string;
  decisionDate: string;
}

/**
 * Form → stored settings. The form must already be valid (dates parse). With `previous`, a
 * window end the form shows unchanged keeps its stored instant (the form has minute precision),
 * so re-saving never moves a window by seconds.
 */
export function roundSettingsFromForm(f: RoundForm, previous?: Pick<RoundSettings, "opensAt" | "closesAt">): RoundSettings {
  const sameMinute = (input: string, stored: Date) => parseVnDateTimeInput(input)?.getTime() === Math.floor(stored.getTime() / 60_000) * 60_000;
  const opensAt = previous && sameMinute(f.opensAt, previous.opensAt) ? previous.opensAt : parseVnDateTimeInput(f.opensAt);
  const closesAt = previous && sameMinute(f.closesAt, previous.closesAt) ? previous.closesAt : closingInstant(f.closesAt);
  if (!opensAt || !closesAt) throw new Error("Invalid round window");
  const award = f.awardYear !== null && f.awardMonth !== null ? { year: f.awardYear, month: f.awardMonth } : awardMonthOf(closesAt);
  const decision = f.decisionDate ? parseVnDate(f.decisionDate) : null;
  return {
    name: f.name,
    opensAt,
    closesAt,
    awardYear: award.year,
    awardMonth: award.month,
    questionCount: f.questionCount,
    timeLimitSec: f.timeLimitMinutes * 60,
    attemptsAllowed: f.attemptsAllowed,
    graceSec: f.graceSec,
    rankingOrder: f.rankingOrder,
    predictionTruth: f.predictionTruth,
    prizeTiers: f.prizeTiers,
    minScoreForPrize: f.minScoreForPrize,
    excludeEarlierWinners: f.excludeEarlierWinners,
    predictionQuestion: f.predictionQuestion,
    answerReview: f.answerReview,
    status: f.status,
    decisionNumber: f.decisionNumber || null,
    decisionDate: decision ? isoDate(decision) : null,
  };
}

export function roundFormFromSettings(r: RoundSettings): RoundForm {
  return {
    name: r.name,
    opensAt: formatVnDateTimeInput(r.opensAt),
    closesAt: formatVnDateTimeInput(r.closesAt),
    awardYear: r.awardYear,
    awardMonth: r.awardMonth,
    questionCount: r.questionCount,
    timeLimitMinutes: Math.max(1, Math.round(r.timeLimitSec / 60)),
    attemptsAllowed: r.attemptsAllowed,
    graceSec: r.graceSec,
    rankingOrder: r.rankingOrder,
    predictionTruth: r.predictionTruth,
    prizeTiers: r.prizeTiers,
    minScoreForPrize: r.minScoreForPrize,
    excludeEarlierWinners: r.excludeEarlierWinners,
    predictionQuestion: r.predictionQuestion,
    answerReview: r.answerReview,
    status: r.status,
    decisionNumber: r.decisionNumber ?? "",
    decisionDate: isoToVnDate(r.decisionDate),
  };
}

/** Defaults of a new round in the given year (docs/DOMAIN.md "Default rules"). */
export function newRoundForm(number: number, year: number, prizeTiers: PrizeTier[]): RoundForm {
  const quarter = Math.min(4, Math.max(1, number));
  const opens = vnInstant(year, quarter * 3 - 2, 1);
  const closes = new Date(vnInstant(quarter === 4 ? year + 1 : year, quarter === 4 ? 1 : quarter * 3 + 1, 1).getTime() - 60_000);
  const award = awardMonthOf(closes);
  return {
    name: `Quý ${number}`,
    opensAt: formatVnDateTimeInput(opens),
    closesAt: formatVnDateTimeInput(closes),
    awardYear: award.year,
    awardMonth: award.month,
    questionCount: 20,
    timeLimitMinutes: 20,
    attemptsAllowed: 3,
    graceSec: 10,
    rankingOrder: DEFAULT_RANKING_ORDER,
    predictionTruth: DEFAULT_PREDICTION_TRUTH,
    prizeTiers,
    minScoreForPrize: null,
    excludeEarlierWinners: false,
    predictionQuestion: `Có bao nhiêu người tham gia Quý ${number}?`,
    answerReview: DEFAULT_ANSWER_REVIEW,
    status: "DRAFT",
    decisionNumber: "",
    decisionDate: "",
  };
}

export const ROUND_FIELD_LABEL: Record<keyof RoundSettings, string> = {
  name: "Tên đợt thi",
  opensAt: "Thời điểm mở",
  closesAt: "Thời điểm đóng",
  awardYear: "Năm trao giải",
  awardMonth: "Tháng trao giải",
  questionCount: "Số câu hỏi",
  timeLimitSec: "Thời gian làm bài",
  attemptsAllowed: "Số lượt thi",
  graceSec: "Thời gian gia hạn nộp bài",
  rankingOrder: "Thứ tự xếp hạng",
  predictionTruth: "Cách tính đáp án dự đoán",
  prizeTiers: "Cơ cấu giải thưởng",
  minScoreForPrize: "Điểm tối thiểu để xét giải",
  excludeEarlierWinners: "Loại người đã đoạt giải đợt trước",
  predictionQuestion: "Câu hỏi dự đoán",
  answerReview: "Xem lại đáp án",
  status: "Trạng thái",
  decisionNumber: "Số quyết định khen thưởng",
  decisionDate: "Ngày quyết định khen thưởng",
};

/** Texts shown to people; changing them never changes who wins. Everything else may. */
const TEXT_FIELDS = new Set<keyof RoundSettings>(["name", "predictionQuestion", "decisionNumber", "decisionDate"]);

function comparable(value: unknown): string {
  return value instanceof Date ? value.toISOString() : JSON.stringify(value ?? null);
}

/** The fields whose value differs. */
export function changedRoundFields(before: RoundSettings, after: RoundSettings): (keyof RoundSettings)[] {
  return (Object.keys(ROUND_FIELD_LABEL) as (keyof RoundSettings)[]).filter((k) => comparable(before[k]) !== comparable(after[k]));
}

/**
 * The changes that need an explicit confirmation and a reason: anything but texts, once the
 * round's window has started (it is running or finished, so results may already exist).
 */
export function sensitiveRoundChanges(before: RoundSettings, after: RoundSettings, now: Date): (keyof RoundSettings)[] {
  return resultAffectingChanges(before, after, now >= before.opensAt);
}

/** The same rule when the caller already knows whether the window has started (the browser form). */
export function resultAffectingChanges(before: RoundSettings, after: RoundSettings, started: boolean): (keyof RoundSettings)[] {
  if (!started) return [];
  return changedRoundFields(before, after).filter((k) => !TEXT_FIELDS.has(k));
}

/**
 * The settings page moves a round only between DRAFT and OPEN: approving and publishing results
 * (and undoing them) belong to the jury's page, which records who approved and when.
 */
export function statusChangeProblem(before: RoundStatus | null, after: RoundStatus): string | null {
  if (before === after) return null;
  if (!EDITABLE_ROUND_STATUSES.includes(after) || (before !== null && !EDITABLE_ROUND_STATUSES.includes(before))) {
    return "Việc duyệt và công bố kết quả (và hủy duyệt) thực hiện ở trang Giám khảo; ở đây chỉ chuyển giữa Nháp và Mở.";
  }
  return null;
}

/** Before/after of the changed fields only, for the audit entry. */
export function roundDiff(before: RoundSettings, after: RoundSettings): { before: Partial<RoundSettings>; after: Partial<RoundSettings> } {
  const out = { before: {} as Record<string, unknown>, after: {} as Record<string, unknown> };
  for (const k of changedRoundFields(before, after)) {
    out.before[k] = before[k];
    out.after[k] = after[k];
  }
  return out as { before: Partial<RoundSettings>; after: Partial<RoundSettings> };
}
