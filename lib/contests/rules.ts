// The contest rules ("Thể lệ") written from the live settings of the rounds, so the public text can
// never drift from what the quiz, the ranking and the prize walk actually do. Pure.
import { formatVnDateTime } from "../time";
import { ANSWER_REVIEW_RULE } from "../attempts/answer-review";
import { COUNTING_POLICY_RULE } from "../ranking/counting-policy";
import { predictionTruthRule } from "../ranking/prediction-truth";
import { RANKING_CRITERIA } from "../ranking/ranking-order";
import type { PrizeTier } from "./prize-tiers";
import type { PublicRound } from "./types";

/** A round as the rules text needs it: its public settings. */
export type RulesRound = Omit<PublicRound, "id" | "status" | "publishedAt">;

export interface RulesContest {
  name: string;
  organiser: string;
  rulesText: string;
  rounds: RulesRound[];
}

interface RulesBlock {
  /** "Áp dụng cho Quý 1, Quý 2" when the rounds' settings differ; null when one text fits all. */
  appliesTo: string | null;
  intro?: string;
  items: string[];
  ordered?: boolean;
}

export interface RulesSection {
  id: string;
  title: string;
  blocks: RulesBlock[];
}

export function formatMinutes(sec: number): string {
  const m = Math.floor(sec / 60);
  const s = sec % 60;
  if (m === 0) return `${s} giây`;
  return s === 0 ? `${m} phút` : `${m} phút ${s} giây`;
}

/** 3000000 → "3.000.000" (Vietnamese thousands separator), independent of the runtime's locale data. */
export function formatMoney(amount: number): string {
  return String(Math.round(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** Rounds with the same value of `key` share one block; the block says which rounds it covers. */
function groupedBlocks(rounds: RulesRound[], key: (r: RulesRound) => string, describe: (r: RulesRound) => Omit<RulesBlock, "appliesTo">): RulesBlock[] {
  const groups = new Map<string, RulesRound[]>();
  for (const r of rounds) {
    const k = key(r);
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  const single = groups.size <= 1;
  return [...groups.values()].map((group) => ({
    appliesTo: single ? null : `Áp dụng cho ${group.map((r) => r.name).join(", ")}`,
    ...describe(group[0]),
  }));
}

function formatItems(r: RulesRound): string[] {
  const attempts =
    r.attemptsAllowed === 1 ? "Mỗi người chỉ được thi 1 lượt trong mỗi đợt." : `Mỗi người được thi tối đa ${r.attemptsAllowed} lượt trong mỗi đợt.`;
  return [
    `Mỗi lượt thi gồm ${r.questionCount} câu hỏi trắc nghiệm (mỗi câu có 4 phương án A, B, C, D, chỉ một phương án đúng) và 1 câu hỏi dự đoán.`,
    "Câu hỏi được chọn ngẫu nhiên từ ngân hàng câu hỏi của đợt thi; thứ tự câu hỏi và thứ tự phương án được xáo trộn cho từng lượt.",
    `Thời gian làm bài: ${formatMinutes(r.timeLimitSec)} cho mỗi lượt, tính từ lúc bắt đầu theo đồng hồ máy chủ và không vượt quá giờ đóng của đợt thi. Câu trả lời được lưu ngay khi chọn; hết giờ, bài được tự động nộp với các câu đã trả lời.`,
    `Bài nộp muộn quá ${r.graceSec} giây sau khi hết giờ không được chấp nhận (khi đó chỉ tính các câu đã lưu trước giờ kết thúc).`,
    attempts,
    ANSWER_REVIEW_RULE[r.answerReview],
  ];
}

function tierItem(t: PrizeTier): string {
  const amount = t.amount ? `, mỗi giải ${formatMoney(t.amount)} đồng` : "";
  return `${t.name}: ${t.count} giải${amount}.`;
}

function prizeBlock(r: RulesRound): Omit<RulesBlock, "appliesTo"> {
  const tiers = r.prizeTiers.filter((t) => t.count > 0);
  const total = tiers.reduce((s, t) => s + t.count, 0);
  const items = [
    ...tiers.map(tierItem),
    "Mỗi người nhận tối đa một giải trong mỗi đợt; người đạt giải được cấp Giấy chứng nhận.",
    ...(r.minScoreForPrize !== null && r.minScoreForPrize > 0 ? [`Chỉ xét giải cho bài thi có từ ${r.minScoreForPrize} câu trả lời đúng trở lên.`] : []),
    ...(r.excludeEarlierWinners ? ["Người đã đạt giải ở đợt trước của cuộc thi không được xét giải ở đợt này."] : []),
    "Thành viên Ban Tổ chức, Ban Giám khảo, Tổ thư ký được tham gia nhưng không được xét giải.",
    "Bài thi bị loại (một người dùng nhiều tài khoản, khai báo sai thông tin, dùng công cụ trả lời tự động) không được xét giải.",
  ];
  return { intro: `Mỗi đợt thi có ${total} giải, trao theo thứ tự xếp hạng:`, items };
}

/** The sections of the rules page, in reading order. */
export function buildContestRules(contest: RulesContest): RulesSection[] {
  const rounds = [...contest.rounds].sort((a, b) => a.number - b.number);
  const sections: RulesSection[] = [];

  sections.push({
    id: "thoi-gian",
    title: "Thời gian thi",
    blocks: [
      {
        appliesTo: null,
        items:
          rounds.length === 0
            ? ["Ban Tổ chức sẽ công bố thời gian các đợt thi."]
            : rounds.map(
                (r) =>
                  `${r.name}: từ ${formatVnDateTime(r.opensAt)} đến ${formatVnDateTime(r.closesAt)} (giờ Việt Nam); xét và trao giải trong tháng ${r.awardMonth}/${r.awardYear}.`,
              ),
      },
    ],
  });
  if (rounds.length === 0) return withOtherRules(sections, contest.rulesText);

  sections.push({
    id: "hinh-thuc",
    title: "Hình thức thi",
    blocks: groupedBlocks(
      rounds,
      (r) => [r.questionCount, r.timeLimitSec, r.attemptsAllowed, r.graceSec, r.answerReview].join("|"),
      (r) => ({ items: formatItems(r) }),
    ),
  });

  sections.push({
    id: "du-doan",
    title: "Câu hỏi dự đoán",
    blocks: [
      { appliesTo: null, items: rounds.map((r) => `${r.name}: “${r.predictionQuestion}”`) },
      ...groupedBlocks(
        rounds,
        (r) => r.predictionTruth,
        (r) => ({ items: [predictionTruthRule(r.predictionTruth)] }),
      ),
    ],
  });

  sections.push({
    id: "xep-hang",
    title: "Cách tính kết quả và xếp hạng",
    blocks: [
      {
        appliesTo: null,
        // The one policy there is (a round's countingPolicy is not offered as a choice).
        items: [COUNTING_POLICY_RULE.BEST_THEN_EARLIEST],
      },
      ...groupedBlocks(
        rounds,
        (r) => r.rankingOrder,
        (r) => ({ intro: "Người dự thi được xếp hạng lần lượt theo các tiêu chí:", items: RANKING_CRITERIA[r.rankingOrder], ordered: true }),
      ),
    ],
  });

  sections.push({
    id: "giai-thuong",
    title: "Giải thưởng",
    blocks: groupedBlocks(rounds, (r) => JSON.stringify([r.prizeTiers, r.minScoreForPrize, r.excludeEarlierWinners]), prizeBlock),
  });

  return withOtherRules(sections, contest.rulesText);
}

/** The organiser's own free text (who may take part, conduct…), one paragraph per line. */
function withOtherRules(sections: RulesSection[], rulesText: string): RulesSection[] {
  const lines = rulesText
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length === 0) return sections;
  return [{ id: "quy-dinh-chung", title: "Quy định chung", blocks: [{ appliesTo: null, items: lines }] }, ...sections];
}
