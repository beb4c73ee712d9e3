import { computeInputHash, entriesDigester, RULESET_VERSION, type ComputationInputs } from "@/lib/ranking/input-hash";
import { countTruth, resolveTrueValue } from "@/lib/ranking/true-value";

describe("true prediction value (docs/DOMAIN.md §5)", () => {
  const attempts = [
    { participantId: "a", status: "SUBMITTED" },
    { participantId: "a", status: "SUBMITTED" },
    { participantId: "b", status: "SUBMITTED" },
    { participantId: "c", status: "IN_PROGRESS" },
  ];
  test.each([
    ["PARTICIPANTS", null, { value: 2, counted: 2, source: "counted" }],
    ["ATTEMPTS", null, { value: 3, counted: 3, source: "counted" }],
    ["PARTICIPANTS", 500, { value: 500, counted: 2, source: "override" }],
    ["ATTEMPTS", 0, { value: 0, counted: 3, source: "override" }],
  ] as const)("%s with override %p", (truth, override, expected) => {
    expect(resolveTrueValue(truth, countTruth(attempts), override)).toEqual(expected);
  });
});

describe("input hash", () => {
  const base: ComputationInputs = {
    rulesetVersion: RULESET_VERSION,
    kind: "FINAL",
    rankingOrder: "CORRECT_PREDICTION_DURATION",
    settingsVersion: 1,
    predictionTruth: "PARTICIPANTS",
    trueValue: 120,
    trueValueSource: "counted",
    attemptCount: 300,
    participantCount: 120,
    prizeTiers: [{ code: "NHAT", name: "Giải Nhất", count: 1 }],
    minScoreForPrize: null,
    excludeEarlierWinners: false,
    disqualifiedIds: ["b", "a"],
    earlierWinnerIds: [],
    allocation: { awards: [{ participantId: "x", rank: 1, tier: "NHAT" }], skipped: [] },
    entriesDigest: "d1",
  };

  test("the same inputs give the same hash; id lists are order-insensitive", () => {
    expect(computeInputHash(base)).toBe(computeInputHash({ ...base, disqualifiedIds: ["a", "b", "a"] }));
  });

  test.each<[string, Partial<ComputationInputs>]>([
    ["kind", { kind: "PROVISIONAL" }],
    ["ranking order", { rankingOrder: "CORRECT_DURATION_PREDICTION" }],
    ["settings version", { settingsVersion: 2 }],
    ["true value", { trueValue: 121 }],
    ["override vs counted", { trueValueSource: "override" }],
    ["disqualifications", { disqualifiedIds: ["a"] }],
    ["prize tiers", { prizeTiers: [{ code: "NHAT", name: "Giải Nhất", count: 2 }] }],
    ["minimum score", { minScoreForPrize: 10 }],
    ["entries", { entriesDigest: "d2" }],
    ["allocation", { allocation: { awards: [], skipped: [{ participantId: "x", rank: 1, reason: "ORGANISER_MEMBER" }] } }],
  ])("changing the %s changes the hash", (_label, change) => {
    expect(computeInputHash({ ...base, ...change })).not.toBe(computeInputHash(base));
  });

  test("the entries digest depends on content and on page boundaries being fixed", () => {
    const d = (pages: string[]) => {
      const h = entriesDigester();
      pages.forEach((p) => h.update(p));
      return h.digest();
    };
    expect(d(["1:a;2:b", "3:c"])).toBe(d(["1:a;2:b", "3:c"]));
    expect(d(["1:a;2:b", "3:c"])).not.toBe(d(["1:a;2:c", "3:b"]));
    expect(d(["1:a", "2:b"])).not.toBe(d(["1:a2:b"]));
  });
});
