import { RANKING_ORDERS } from "@/lib/ranking/ranking-order";
import { rankCandidates, rankingComparator, predictionDiff, rankSubmittedAttempts, type RankCandidate } from "@/lib/ranking/tie-break";

const T0 = Date.parse("2023-03-10T02:00:00Z");
const at = (ms: number) => new Date(T0 + ms);

/** A candidate equal to the base on every key unless overridden. */
function c(id: string, over: Partial<RankCandidate> = {}): RankCandidate {
  return {
    participantId: id,
    attemptId: `a-${id}`,
    correctCount: 18,
    prediction: 100,
    durationMs: 300_000,
    submittedAt: at(0),
    registeredAt: at(-86_400_000),
    ...over,
  };
}

const TRUE = 100;

describe("predictionDiff", () => {
  test.each([
    [100, 100, 0],
    [90, 100, 10],
    [130, 100, 30],
    [0, 0, 0],
    [null, 100, Number.POSITIVE_INFINITY],
  ])("|%p − %p| = %p", (p, t, d) => expect(predictionDiff(p, t)).toBe(d));
});

// Each row: two candidates differing on one key (all earlier keys equal); `first` must rank first.
describe("default order CORRECT_PREDICTION_DURATION: correct ↓ → |pred − true| → duration → submitted → registered → id", () => {
  test.each<[string, RankCandidate, RankCandidate]>([
    ["more correct answers wins", c("x", { correctCount: 19 }), c("y", { correctCount: 18, prediction: 100, durationMs: 1 })],
    ["closer prediction wins at equal score", c("x", { prediction: 97 }), c("y", { prediction: 104, durationMs: 1 })],
    ["under and over by the same distance tie on the prediction key", c("x", { prediction: 95, durationMs: 1 }), c("y", { prediction: 105, durationMs: 2 })],
    ["any prediction beats a missing one", c("x", { prediction: 1_000_000 }), c("y", { prediction: null, durationMs: 1 })],
    ["shorter duration wins at equal score and distance", c("x", { durationMs: 200_000 }), c("y", { durationMs: 200_001, submittedAt: at(-5000) })],
    ["a measured duration beats a missing one", c("x", { durationMs: 1_199_999 }), c("y", { durationMs: null, submittedAt: at(-5000) })],
    ["earlier submission wins next", c("x", { submittedAt: at(-1) }), c("y", { registeredAt: at(-999_999_999) })],
    ["earlier registration wins next", c("x", { registeredAt: at(-2) }), c("y", { registeredAt: at(-1) })],
    ["exact tie on every key: participantId decides (code-unit order)", c("A"), c("a")],
    ["exact tie, both without prediction: participantId decides", c("p1", { prediction: null }), c("p2", { prediction: null })],
  ])("%s", (_label, first, second) => {
    const cmp = rankingComparator("CORRECT_PREDICTION_DURATION", TRUE);
    expect(cmp(first, second)).toBeLessThan(0);
    expect(cmp(second, first)).toBeGreaterThan(0);
    expect(rankCandidates([second, first], "CORRECT_PREDICTION_DURATION", TRUE).map((r) => r.participantId)).toEqual([
      first.participantId,
      second.participantId,
    ]);
  });
});

describe("alternative order CORRECT_DURATION_PREDICTION: correct ↓ → duration → |pred − true| → submitted → registered → id", () => {
  test.each<[string, RankCandidate, RankCandidate]>([
    ["more correct answers wins", c("x", { correctCount: 20, durationMs: 1_000_000 }), c("y", { correctCount: 19, durationMs: 1 })],
    ["shorter duration wins before the prediction", c("x", { durationMs: 100_000, prediction: 500 }), c("y", { durationMs: 100_001, prediction: 100 })],
    ["a missing duration ranks last among equal scores", c("x", { durationMs: 1_000_000 }), c("y", { durationMs: null })],
    ["closer prediction wins at equal duration", c("x", { prediction: 101 }), c("y", { prediction: 98, submittedAt: at(-1000) })],
    ["missing prediction ranks after any prediction", c("x", { prediction: 0 }), c("y", { prediction: null, submittedAt: at(-1000) })],
    ["earlier submission next", c("x", { submittedAt: at(0) }), c("y", { submittedAt: at(1) })],
    ["earlier registration next", c("x", { registeredAt: at(-100) }), c("y", { registeredAt: at(-99) })],
    ["exact tie on every key: participantId decides", c("b"), c("c")],
  ])("%s", (_label, first, second) => {
    const cmp = rankingComparator("CORRECT_DURATION_PREDICTION", TRUE);
    expect(cmp(first, second)).toBeLessThan(0);
    expect(cmp(second, first)).toBeGreaterThan(0);
  });
});

test.each(RANKING_ORDERS)("%s: a candidate compares equal only to itself", (order) => {
  const cmp = rankingComparator(order, TRUE);
  expect(cmp(c("x"), c("x"))).toBe(0);
  expect(cmp(c("x"), c("y"))).not.toBe(0);
});

test("the two orders disagree exactly where duration and prediction pull apart", () => {
  const fastFarGuess = c("fast", { durationMs: 60_000, prediction: 10 });
  const slowGoodGuess = c("slow", { durationMs: 600_000, prediction: 100 });
  expect(rankCandidates([fastFarGuess, slowGoodGuess], "CORRECT_PREDICTION_DURATION", TRUE).map((r) => r.participantId)).toEqual(["slow", "fast"]);
  expect(rankCandidates([fastFarGuess, slowGoodGuess], "CORRECT_DURATION_PREDICTION", TRUE).map((r) => r.participantId)).toEqual(["fast", "slow"]);
});

test("ranks are 1..n without gaps or shared ranks, and carry the prediction distance", () => {
  const ranked = rankCandidates([c("a", { prediction: 90 }), c("b", { prediction: null }), c("c", { correctCount: 20 })], "CORRECT_PREDICTION_DURATION", TRUE);
  expect(ranked.map((r) => [r.participantId, r.rank, r.predictionDiff])).toEqual([
    ["c", 1, 0],
    ["a", 2, 10],
    ["b", 3, Number.POSITIVE_INFINITY],
  ]);
});

test("a participant can appear only once", () => {
  expect(() => rankCandidates([c("a"), c("a", { attemptId: "other" })], "CORRECT_PREDICTION_DURATION", TRUE)).toThrow(/more than one/);
});

describe("rankSubmittedAttempts applies rule 4 before rule 6", () => {
  const reg = at(-1e9);
  test("the best attempt counts, not the best prediction", () => {
    const ranked = rankSubmittedAttempts(
      [
        { id: "a1", participantId: "p", correctCount: 18, prediction: 100, durationMs: 1000, submittedAt: at(0), registeredAt: reg },
        { id: "a2", participantId: "p", correctCount: 19, prediction: 5, durationMs: 9000, submittedAt: at(10), registeredAt: reg },
        { id: "a3", participantId: "p", correctCount: 19, prediction: 100, durationMs: 1000, submittedAt: at(20), registeredAt: reg },
      ],
      "CORRECT_PREDICTION_DURATION",
      TRUE,
    );
    expect(ranked).toHaveLength(1);
    expect(ranked[0].attemptId).toBe("a2");
  });
  test("equal score and submission time: the smaller attempt id counts", () => {
    const ranked = rankSubmittedAttempts(
      [
        { id: "z", participantId: "p", correctCount: 18, prediction: 100, durationMs: 1000, submittedAt: at(0), registeredAt: reg },
        { id: "m", participantId: "p", correctCount: 18, prediction: 1, durationMs: 1000, submittedAt: at(0), registeredAt: reg },
      ],
      "CORRECT_PREDICTION_DURATION",
      TRUE,
    );
    expect(ranked[0].attemptId).toBe("m");
  });
});
