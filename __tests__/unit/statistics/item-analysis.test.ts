import fc from "fast-check";
import {
  analyseItem,
  discriminationIndex,
  discriminativeEfficiency,
  facilityIndex,
  itemFlags,
  optionLabel,
  sortedPairProduct,
  sumsOf,
} from "@/lib/statistics/item-analysis";

// Pairs are (x = item score 0/1, y = rest of the test = total − x), one per attempt.
type Pair = readonly [number, number];

function efficiencyOf(pairs: Pair[]) {
  const s = sumsOf(pairs);
  const dist = (values: number[]) => [...new Set(values)].map((value) => ({ value, count: values.filter((v) => v === value).length }));
  return discriminativeEfficiency(s, dist(pairs.map((p) => p[0])), dist(pairs.map((p) => p[1])));
}

describe("hand-checked data sets", () => {
  test("a question everyone gets right: facility 1, discrimination undefined (null), efficiency undefined", () => {
    const pairs: Pair[] = [
      [1, 3],
      [1, 2],
      [1, 5],
      [1, 0],
    ];
    const s = sumsOf(pairs);
    expect(facilityIndex(s)).toBe(1);
    // x has no variance: a correlation with a constant does not exist (Moodle leaves it blank).
    expect(discriminationIndex(s)).toBeNull();
    expect(efficiencyOf(pairs)).toBeNull();
  });

  test("a question only the weakest get right: negative discrimination", () => {
    // n=5 Σx=2 Σy=16 Σxy=1 Σx²=2 Σy²=78 → cov·n² = 5·1−2·16 = −27, varX·n² = 6, varY·n² = 134.
    const pairs: Pair[] = [
      [1, 0],
      [1, 1],
      [0, 4],
      [0, 5],
      [0, 6],
    ];
    const s = sumsOf(pairs);
    expect(s).toEqual({ n: 5, sx: 2, sy: 16, sxy: 1, sxx: 2, syy: 78 });
    expect(facilityIndex(s)).toBeCloseTo(0.4, 12);
    expect(discriminationIndex(s)).toBeCloseTo(-27 / Math.sqrt(6 * 134), 12); // −0.95221…
    expect(discriminationIndex(s)).toBeCloseTo(-0.952217, 5);
    // Sorted pairing: x 0,0,0,1,1 with y 0,1,4,5,6 → Σ = 11; cov_max·n² = 5·11 − 32 = 23.
    expect(efficiencyOf(pairs)).toBeCloseTo(-27 / 23, 12);
  });

  test("a question the strongest get right: discrimination 8/√80, efficiency 1", () => {
    const pairs: Pair[] = [
      [0, 0],
      [0, 1],
      [1, 2],
      [1, 3],
    ];
    const s = sumsOf(pairs);
    expect(facilityIndex(s)).toBe(0.5);
    expect(discriminationIndex(s)).toBeCloseTo(8 / Math.sqrt(80), 12); // 0.894427
    expect(efficiencyOf(pairs)).toBeCloseTo(1, 12);
  });

  test("a question unrelated to the rest: discrimination 0, efficiency 0", () => {
    const pairs: Pair[] = [
      [1, 4],
      [0, 3],
      [1, 2],
      [0, 1],
      [1, 0],
    ];
    const s = sumsOf(pairs);
    expect(facilityIndex(s)).toBeCloseTo(0.6, 12);
    expect(discriminationIndex(s)).toBe(0);
    expect(efficiencyOf(pairs)).toBe(0);
  });

  test("no responses, one response, or a constant rest score: no index", () => {
    expect(facilityIndex(sumsOf([]))).toBeNull();
    expect(discriminationIndex(sumsOf([[1, 3]]))).toBeNull();
    expect(
      discriminationIndex(
        sumsOf([
          [1, 3],
          [0, 3],
        ]),
      ),
    ).toBeNull();
  });
});

function pearsonTwoPass(pairs: Pair[]): number | null {
  const n = pairs.length;
  const mx = pairs.reduce((s, p) => s + p[0], 0) / n;
  const my = pairs.reduce((s, p) => s + p[1], 0) / n;
  let c = 0,
    vx = 0,
    vy = 0;
  for (const [x, y] of pairs) {
    c += (x - mx) * (y - my);
    vx += (x - mx) ** 2;
    vy += (y - my) ** 2;
  }
  return vx * vy === 0 ? null : c / Math.sqrt(vx * vy);
}

const pairsArb = fc.array(fc.tuple(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: 19 })), { minLength: 2, maxLength: 60 });

test("the one-pass sums give the same correlation as the two-pass (Moodle) computation", () => {
  fc.assert(
    fc.property(pairsArb, (pairs) => {
      const a = discriminationIndex(sumsOf(pairs));
      const b = pearsonTwoPass(pairs);
      if (b === null) return a === null;
      return a !== null && Math.abs(a - b) < 1e-9;
    }),
  );
});

test("the sorted-pair product equals sorting both lists and pairing them", () => {
  fc.assert(
    fc.property(pairsArb, (pairs) => {
      const xs = pairs.map((p) => p[0]).sort((a, b) => a - b);
      const ys = pairs.map((p) => p[1]).sort((a, b) => a - b);
      const brute = xs.reduce((s, x, i) => s + x * ys[i], 0);
      const dist = (v: number[]) => [...new Set(v)].map((value) => ({ value, count: v.filter((w) => w === value).length }));
      return sortedPairProduct(dist(xs), dist(ys)) === brute;
    }),
  );
});

test("efficiency is never above 1 and has the sign of the discrimination", () => {
  fc.assert(
    fc.property(pairsArb, (pairs) => {
      const e = efficiencyOf(pairs);
      const d = discriminationIndex(sumsOf(pairs));
      if (e === null || d === null) return true;
      return e <= 1 + 1e-9 && Math.sign(Math.round(e * 1e9)) === Math.sign(Math.round(d * 1e9));
    }),
  );
});

describe("flags", () => {
  test.each([
    [0.95, 0.3, [], ["TOO_EASY"]],
    [0.9, 0.3, [], []],
    [0.19, 0.3, [], ["TOO_HARD"]],
    [0.2, 0.3, [], []],
    [0.5, -0.01, [], ["NEGATIVE_DISCRIMINATION"]],
    [0.5, 0.05, [], ["WEAK_DISCRIMINATION"]],
    [0.5, 0.1, [], []],
    [1, null, [], ["TOO_EASY"]],
    [0.5, 0.4, [3], ["UNUSED_DISTRACTOR"]],
    [0.1, -0.2, [2], ["TOO_HARD", "NEGATIVE_DISCRIMINATION", "UNUSED_DISTRACTOR"]],
  ])("facility %p, discrimination %p, unused %p → %p", (facility, discrimination, unusedDistractors, expected) => {
    expect(itemFlags({ facility, discrimination, unusedDistractors })).toEqual(expected);
  });
});

test("option counts by the version's index, unanswered apart, distractors under 2 % flagged", () => {
  // 100 responses, key B (index 1): D chosen once (1 %) does not distract; C at 9 % does.
  const pairs: Pair[] = [...Array(60).fill([1, 10]), ...Array(30).fill([0, 8]), ...Array(9).fill([0, 7]), [0, 2]];
  const stats = analyseItem({
    sums: sumsOf(pairs),
    optionCount: 4,
    correctIndex: 1,
    choices: [
      { chosenIndex: 0, count: 28 },
      { chosenIndex: null, count: 2 },
      { chosenIndex: 1, count: 60 },
      { chosenIndex: 2, count: 9 },
      { chosenIndex: 3, count: 1 },
    ],
    restScores: [
      { value: 10, count: 60 },
      { value: 8, count: 30 },
      { value: 7, count: 9 },
      { value: 2, count: 1 },
    ],
  });
  expect(stats.n).toBe(100);
  expect(stats.optionCounts).toEqual([28, 60, 9, 1]);
  expect(stats.unanswered).toBe(2);
  expect(stats.facility).toBeCloseTo(0.6, 12);
  expect(stats.unusedDistractors).toEqual([3]);
  expect(stats.flags).toEqual(["UNUSED_DISTRACTOR"]);
  expect(stats.discrimination).toBeGreaterThan(0.5);
});

test("options are labelled A–D in the version's order", () => {
  expect([0, 1, 2, 3].map(optionLabel)).toEqual(["A", "B", "C", "D"]);
});
