// The rules page is written from the live round settings: change a setting, the text changes.
import { DEFAULT_PRIZE_TIERS } from "@/lib/contests/prize-tiers";
import { buildContestRules, formatMinutes, formatMoney, type RulesContest, type RulesRound } from "@/lib/contests/rules";
import { RANKING_CRITERIA } from "@/lib/ranking/ranking-order";
import { parsePlanWindow } from "@/lib/time";

function round(number: number, from: string, to: string, over: Partial<RulesRound> = {}): RulesRound {
  const { opensAt, closesAt } = parsePlanWindow(from, to);
  return {
    number,
    name: `Quý ${number}`,
    opensAt,
    closesAt,
    awardYear: 2023,
    awardMonth: number * 3,
    questionCount: 20,
    timeLimitSec: 1200,
    attemptsAllowed: 3,
    graceSec: 10,
    rankingOrder: "CORRECT_PREDICTION_DURATION",
    predictionQuestion: `Có bao nhiêu người tham gia Quý ${number}?`,
    predictionTruth: "PARTICIPANTS",
    answerReview: "AFTER_CLOSE",
    minScoreForPrize: null,
    excludeEarlierWinners: false,
    prizeTiers: DEFAULT_PRIZE_TIERS,
    ...over,
  };
}

const contest = (rounds: RulesRound[], rulesText = ""): RulesContest => ({ name: "Cuộc thi thử", organiser: "Sở TTTT", rulesText, rounds });

/** The whole rules text as one string, for "does it say X" checks. */
function text(c: RulesContest): string {
  return buildContestRules(c)
    .map((s) => [s.title, ...s.blocks.flatMap((b) => [b.appliesTo ?? "", b.intro ?? "", ...b.items])].join("\n"))
    .join("\n");
}

const q1 = round(1, "15/02/2023", "30/3/2023");
const q2 = round(2, "01/4/2023", "30/6/2023");

test("the plan's defaults are stated from the settings", () => {
  const t = text(contest([q1, q2]));
  expect(t).toContain("Quý 1: từ 15/02/2023 00:00 đến 30/03/2023 23:59 (giờ Việt Nam); xét và trao giải trong tháng 3/2023.");
  expect(t).toContain("Quý 2: từ 01/04/2023 00:00 đến 30/06/2023 23:59 (giờ Việt Nam); xét và trao giải trong tháng 6/2023.");
  expect(t).toContain("Mỗi lượt thi gồm 20 câu hỏi trắc nghiệm");
  expect(t).toContain("Thời gian làm bài: 20 phút cho mỗi lượt");
  expect(t).toContain("Mỗi người được thi tối đa 3 lượt trong mỗi đợt.");
  expect(t).toContain("Bài nộp muộn quá 10 giây");
  expect(t).toContain("Quý 1: “Có bao nhiêu người tham gia Quý 1?”");
  expect(t).toContain("Đáp án đúng của câu hỏi dự đoán là số người có ít nhất một lượt nộp bài trong đợt");
  expect(t).toContain("Mỗi đợt thi có 10 giải");
  expect(t).toContain("Giải Nhất: 1 giải.");
  expect(t).toContain("Giải Khuyến khích: 4 giải.");
  expect(t).toContain("lượt có số câu trả lời đúng cao nhất; nếu nhiều lượt bằng số câu đúng, tính lượt nộp sớm nhất");
  // Same settings in both rounds: one block, no "applies to".
  expect(t).not.toContain("Áp dụng cho");
});

test.each([
  [{ questionCount: 30 }, "Mỗi lượt thi gồm 30 câu hỏi trắc nghiệm", "Mỗi lượt thi gồm 20 câu hỏi"],
  [{ timeLimitSec: 900 }, "Thời gian làm bài: 15 phút cho mỗi lượt", "20 phút"],
  [{ timeLimitSec: 630 }, "Thời gian làm bài: 10 phút 30 giây cho mỗi lượt", "20 phút"],
  [{ attemptsAllowed: 5 }, "Mỗi người được thi tối đa 5 lượt trong mỗi đợt.", "tối đa 3 lượt"],
  [{ attemptsAllowed: 1 }, "Mỗi người chỉ được thi 1 lượt trong mỗi đợt.", "tối đa 3 lượt"],
  [{ graceSec: 30 }, "Bài nộp muộn quá 30 giây", "quá 10 giây"],
  [{ predictionQuestion: "Dự đoán số lượt thi?" }, "Quý 1: “Dự đoán số lượt thi?”", "Quý 1: “Có bao nhiêu"],
  [{ predictionTruth: "ATTEMPTS" }, "Đáp án đúng của câu hỏi dự đoán là số lượt nộp bài trong đợt", "số người có ít nhất một lượt"],
  [{ answerReview: "NEVER" }, "Đáp án của các câu hỏi không được công bố.", "sau khi đợt thi kết thúc."],
  [{ answerReview: "IMMEDIATELY" }, "ngay sau khi nộp bài", "Đáp án và giải thích được công bố cho người dự thi sau khi"],
  [{ minScoreForPrize: 15 }, "Chỉ xét giải cho bài thi có từ 15 câu trả lời đúng trở lên.", "NOT-PRESENT-MARKER"],
  [{ excludeEarlierWinners: true }, "Người đã đạt giải ở đợt trước của cuộc thi không được xét giải ở đợt này.", "NOT-PRESENT-MARKER"],
  [
    {
      prizeTiers: [
        { code: "NHAT", name: "Giải Nhất", count: 2, amount: 3_000_000 },
        { code: "NHI", name: "Giải Nhì", count: 0 },
      ],
    },
    "Giải Nhất: 2 giải, mỗi giải 3.000.000 đồng.",
    "Giải Nhì",
  ],
] as [Partial<RulesRound>, string, string][])("changing %j changes the text", (change, says, noLonger) => {
  const before = text(contest([q1]));
  const after = text(contest([{ ...q1, ...change }]));
  expect(after).toContain(says);
  expect(before).not.toContain(says);
  expect(after).not.toContain(noLonger);
});

test("a changed window is shown in Vietnam time", () => {
  const moved = { ...q1, ...parsePlanWindow("20/02/2023", "31/3/2023") };
  const t = text(contest([moved]));
  expect(t).toContain("Quý 1: từ 20/02/2023 00:00 đến 31/03/2023 23:59 (giờ Việt Nam)");
});

test.each([
  ["CORRECT_PREDICTION_DURATION", ["Số câu trả lời đúng", "Dự đoán gần", "Thời gian làm bài ngắn", "Nộp bài sớm", "Đăng ký tài khoản sớm"]],
  ["CORRECT_DURATION_PREDICTION", ["Số câu trả lời đúng", "Thời gian làm bài ngắn", "Dự đoán gần", "Nộp bài sớm", "Đăng ký tài khoản sớm"]],
] as const)("ranking order %s is explained as ordered criteria", (rankingOrder, starts) => {
  const section = buildContestRules(contest([{ ...q1, rankingOrder }])).find((s) => s.id === "xep-hang")!;
  const ranking = section.blocks.find((b) => b.ordered)!;
  expect(ranking.items).toEqual(RANKING_CRITERIA[rankingOrder]);
  expect(ranking.items).toHaveLength(starts.length);
  expect(ranking.items.map((item, i) => item.startsWith(starts[i]))).toEqual(starts.map(() => true));
});

test("rounds with different settings get blocks that say which rounds they cover", () => {
  const sections = buildContestRules(contest([q1, { ...q2, rankingOrder: "CORRECT_DURATION_PREDICTION", questionCount: 25 }]));
  const format = sections.find((s) => s.id === "hinh-thuc")!;
  expect(format.blocks.map((b) => b.appliesTo)).toEqual(["Áp dụng cho Quý 1", "Áp dụng cho Quý 2"]);
  expect(format.blocks[1].items[0]).toContain("25 câu hỏi");
  const ranking = sections.find((s) => s.id === "xep-hang")!.blocks.filter((b) => b.ordered);
  expect(ranking.map((b) => b.appliesTo)).toEqual(["Áp dụng cho Quý 1", "Áp dụng cho Quý 2"]);
  // Prize settings are equal: still one block.
  expect(sections.find((s) => s.id === "giai-thuong")!.blocks.map((b) => b.appliesTo)).toEqual([null]);
});

test("the organiser's own text comes first, one item per line; no rounds yet says so", () => {
  const sections = buildContestRules(contest([], "Dòng một.\n\n  Dòng hai.  \n"));
  expect(sections[0]).toEqual({ id: "quy-dinh-chung", title: "Quy định chung", blocks: [{ appliesTo: null, items: ["Dòng một.", "Dòng hai."] }] });
  expect(sections.map((s) => s.id)).toEqual(["quy-dinh-chung", "thoi-gian"]);
  expect(sections[1].blocks[0].items).toEqual(["Ban Tổ chức sẽ công bố thời gian các đợt thi."]);
});

test.each([
  [1200, "20 phút"],
  [630, "10 phút 30 giây"],
  [45, "45 giây"],
])("formatMinutes(%i) = %s", (sec, out) => expect(formatMinutes(sec)).toBe(out));

test.each([
  [0, "0"],
  [500000, "500.000"],
  [3000000, "3.000.000"],
  [1234567890, "1.234.567.890"],
])("formatMoney(%i) = %s", (n, out) => expect(formatMoney(n)).toBe(out));
