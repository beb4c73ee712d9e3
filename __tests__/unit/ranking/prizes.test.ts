import { allocatePrizes, exclusionReason, type PrizeCandidate, type PrizeRules } from "@/lib/ranking/prizes";
import { DEFAULT_PRIZE_TIERS } from "@/lib/contests/prize-tiers";

function entry(rank: number, over: Partial<PrizeCandidate> = {}): PrizeCandidate {
  return {
    rank,
    participantId: `p${rank}`,
    attemptId: `a${rank}`,
    correctCount: 20 - Math.floor(rank / 5),
    isDisqualified: false,
    isOrganiserMember: false,
    isEarlierWinner: false,
    ...over,
  };
}
const ranking = (n: number, over: Record<number, Partial<PrizeCandidate>> = {}) => Array.from({ length: n }, (_, i) => entry(i + 1, over[i + 1]));
const defaults: PrizeRules = { tiers: DEFAULT_PRIZE_TIERS, minScoreForPrize: null, excludeEarlierWinners: false };

test("default tiers: 1 Nhất, 2 Nhì, 3 Ba, 4 Khuyến khích down the ranking", () => {
  const a = allocatePrizes(ranking(15), defaults);
  expect(a.awards.map((w) => [w.rank, w.tier, w.tierOrder])).toEqual([
    [1, "NHAT", 1],
    [2, "NHI", 2],
    [3, "NHI", 2],
    [4, "BA", 3],
    [5, "BA", 3],
    [6, "BA", 3],
    [7, "KHUYEN_KHICH", 4],
    [8, "KHUYEN_KHICH", 4],
    [9, "KHUYEN_KHICH", 4],
    [10, "KHUYEN_KHICH", 4],
  ]);
  expect(a.complete).toBe(true);
  expect(a.skipped).toEqual([]);
});

test.each<[string, Record<number, Partial<PrizeCandidate>>, Partial<PrizeRules>, [number, string][], number[]]>([
  ["a disqualified entry is skipped and the next person moves up", { 1: { isDisqualified: true } }, {}, [[1, "DISQUALIFIED"]], [2, 3, 4]],
  ["an organiser member is skipped", { 2: { isOrganiserMember: true } }, {}, [[2, "ORGANISER_MEMBER"]], [1, 3, 4]],
  [
    "an earlier winner is skipped when the round says so",
    { 1: { isEarlierWinner: true } },
    { excludeEarlierWinners: true },
    [[1, "EARLIER_WINNER"]],
    [2, 3, 4],
  ],
  ["an earlier winner may win again by default", { 1: { isEarlierWinner: true } }, {}, [], [1, 2, 3]],
  ["disqualification is reported before organiser membership", { 1: { isDisqualified: true, isOrganiserMember: true } }, {}, [[1, "DISQUALIFIED"]], [2, 3, 4]],
])("%s", (_label, over, rules, skipped, firstWinners) => {
  const a = allocatePrizes(ranking(20, over), { ...defaults, ...rules });
  expect(a.skipped.map((s) => [s.rank, s.reason])).toEqual(skipped);
  expect(a.awards.slice(0, 3).map((w) => w.rank)).toEqual(firstWinners);
  expect(a.awards).toHaveLength(10);
});

test("minimum score: the walk stops at the first entry below it and leaves prizes unawarded", () => {
  // correctCount: ranks 1–4 → 20, 5–9 → 19, 10–14 → 18
  const a = allocatePrizes(ranking(20), { ...defaults, minScoreForPrize: 19 });
  expect(a.awards.map((w) => w.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  expect(a.skipped).toEqual([{ rank: 10, participantId: "p10", reason: "BELOW_MIN_SCORE" }]);
  expect(a.complete).toBe(false);
  expect(a.stoppedAtMinScore).toBe(true);
});

test("fewer eligible people than prizes: higher tiers are filled first", () => {
  const a = allocatePrizes(ranking(4), defaults);
  expect(a.awards.map((w) => w.tier)).toEqual(["NHAT", "NHI", "NHI", "BA"]);
  expect(a.complete).toBe(false);
});

test("a tier with count 0 is skipped; custom tiers keep their order", () => {
  const a = allocatePrizes(ranking(5), {
    ...defaults,
    tiers: [
      { code: "DAC_BIET", name: "Giải Đặc biệt", count: 0 },
      { code: "NHAT", name: "Giải Nhất", count: 2 },
    ],
  });
  expect(a.awards.map((w) => [w.rank, w.tier, w.tierOrder])).toEqual([
    [1, "NHAT", 2],
    [2, "NHAT", 2],
  ]);
});

test("the same person twice in the input wins once", () => {
  const a = allocatePrizes([entry(1), { ...entry(2), participantId: "p1" }, entry(3)], { ...defaults, tiers: [{ code: "NHAT", name: "Giải Nhất", count: 2 }] });
  expect(a.awards.map((w) => w.participantId)).toEqual(["p1", "p3"]);
  expect(a.skipped).toEqual([{ rank: 2, participantId: "p1", reason: "ALREADY_AWARDED" }]);
});

test("exclusionReason is null for an eligible entry", () => {
  expect(exclusionReason(entry(1), defaults, new Set())).toBeNull();
});
