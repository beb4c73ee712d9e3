// Item analysis with Moodle's definitions (quiz statistics report). Pure: no Prisma, no next/*.
// x = the item's score (0/1), y = the rest of the test (attempt total − x) over one round's
// submitted attempts. The database supplies the sums; these functions finish the formulas.
//
// - Facility index: mean of x (the share who answered correctly).
// - Discrimination index: Pearson correlation of x with y (Moodle shows it ×100). It is undefined
//   (null) when x or y has no variance — e.g. everyone answered the item correctly — because a
//   correlation with a constant does not exist; Moodle leaves the cell blank for the same reason.
//   A null index raises no discrimination flag (the facility flag already says what is wrong).
// - Discriminative efficiency: cov(x, y) / the largest covariance the same marginals allow
//   (x and y each sorted ascending and paired), as in Moodle; null when that maximum is 0.

export interface MomentSums {
  n: number;
  sx: number;
  sy: number;
  sxy: number;
  sxx: number;
  syy: number;
}

export const EMPTY_SUMS: MomentSums = { n: 0, sx: 0, sy: 0, sxy: 0, sxx: 0, syy: 0 };

export function addSums(a: MomentSums, b: MomentSums): MomentSums {
  return { n: a.n + b.n, sx: a.sx + b.sx, sy: a.sy + b.sy, sxy: a.sxy + b.sxy, sxx: a.sxx + b.sxx, syy: a.syy + b.syy };
}

/** The sums of a list of (x, y) pairs (tests and small data; the app gets them from SQL). */
export function sumsOf(pairs: readonly (readonly [number, number])[]): MomentSums {
  return pairs.reduce<MomentSums>((s, [x, y]) => addSums(s, { n: 1, sx: x, sy: y, sxy: x * y, sxx: x * x, syy: y * y }), EMPTY_SUMS);
}

/** Mean item score; null without responses. */
export function facilityIndex(s: MomentSums): number | null {
  return s.n > 0 ? s.sx / s.n : null;
}

/** n × the centred sums: n·Sxy, n·Sxx, n·Syy (kept multiplied by n to stay exact in integers). */
function centred(s: MomentSums) {
  return {
    cov: s.n * s.sxy - s.sx * s.sy,
    varX: s.n * s.sxx - s.sx * s.sx,
    varY: s.n * s.syy - s.sy * s.sy,
  };
}

/** Pearson r of x and y; null when n < 2 or either variable is constant. */
export function discriminationIndex(s: MomentSums): number | null {
  if (s.n < 2) return null;
  const { cov, varX, varY } = centred(s);
  if (varX <= 0 || varY <= 0) return null;
  const r = cov / Math.sqrt(varX * varY);
  // Floating error can push |r| a hair past 1.
  return Math.max(-1, Math.min(1, r));
}

export interface ValueCount {
  value: number;
  count: number;
}

/**
 * Σ x₍ᵢ₎·y₍ᵢ₎ with both lists sorted ascending and paired position by position (the pairing that
 * maximises the covariance), from the two distributions given as value counts.
 */
export function sortedPairProduct(xs: readonly ValueCount[], ys: readonly ValueCount[]): number {
  const a = xs
    .filter((v) => v.count > 0)
    .slice()
    .sort((p, q) => p.value - q.value);
  const b = ys
    .filter((v) => v.count > 0)
    .slice()
    .sort((p, q) => p.value - q.value);
  let i = 0;
  let j = 0;
  let leftA = a[0]?.count ?? 0;
  let leftB = b[0]?.count ?? 0;
  let total = 0;
  while (i < a.length && j < b.length) {
    const take = Math.min(leftA, leftB);
    total += take * a[i].value * b[j].value;
    leftA -= take;
    leftB -= take;
    if (leftA === 0 && ++i < a.length) leftA = a[i].count;
    if (leftB === 0 && ++j < b.length) leftB = b[j].count;
  }
  return total;
}

/** Moodle's discriminative efficiency (a ratio, Moodle shows it ×100); null when undefined. */
export function discriminativeEfficiency(s: MomentSums, xs: readonly ValueCount[], ys: readonly ValueCount[]): number | null {
  if (s.n < 2) return null;
  const cov = s.n * s.sxy - s.sx * s.sy;
  const covMax = s.n * sortedPairProduct(xs, ys) - s.sx * s.sy;
  if (covMax <= 0) return null;
  return cov / covMax;
}

// ------------------------------------------------------------------ flags

/** Thresholds of the flags (Moodle's guidance for facility; discrimination per the issue). */
export const ITEM_THRESHOLDS = {
  tooEasyAbove: 0.9,
  tooHardBelow: 0.2,
  weakDiscriminationBelow: 0.1,
  /** A wrong option chosen by fewer than this share of the respondents does not distract. */
  unusedDistractorBelow: 0.02,
} as const;

export type ItemFlag = "TOO_EASY" | "TOO_HARD" | "NEGATIVE_DISCRIMINATION" | "WEAK_DISCRIMINATION" | "UNUSED_DISTRACTOR";

export const ITEM_FLAG_LABEL: Record<ItemFlag, string> = {
  TOO_EASY: "Quá dễ",
  TOO_HARD: "Quá khó",
  NEGATIVE_DISCRIMINATION: "Phân biệt ngược",
  WEAK_DISCRIMINATION: "Phân biệt yếu",
  UNUSED_DISTRACTOR: "Có phương án nhiễu không ai chọn",
};

/** "A", "B", … for option index 0, 1, … in the version's own order. */
export function optionLabel(index: number): string {
  return index >= 0 && index < 26 ? String.fromCharCode(65 + index) : String(index + 1);
}

export interface ItemStats {
  n: number;
  facility: number | null;
  discrimination: number | null;
  efficiency: number | null;
  /** Attempts that chose each option, by the version's option index. */
  optionCounts: number[];
  unanswered: number;
  /** Wrong options chosen by fewer than the threshold share of respondents. */
  unusedDistractors: number[];
  flags: ItemFlag[];
}

export interface ItemInput {
  sums: MomentSums;
  optionCount: number;
  correctIndex: number;
  /** chosenIndex → attempts; null = unanswered. */
  choices: readonly { chosenIndex: number | null; count: number }[];
  /** Distribution of the rest-of-test score y (for discriminative efficiency). */
  restScores: readonly ValueCount[];
}

export function analyseItem(input: ItemInput): ItemStats {
  const { sums } = input;
  const optionCounts = Array.from({ length: input.optionCount }, () => 0);
  let unanswered = 0;
  for (const c of input.choices) {
    if (c.chosenIndex === null) unanswered += c.count;
    else if (c.chosenIndex >= 0 && c.chosenIndex < input.optionCount) optionCounts[c.chosenIndex] += c.count;
  }
  const facility = facilityIndex(sums);
  const discrimination = discriminationIndex(sums);
  const xs = [
    { value: 0, count: sums.n - sums.sx },
    { value: 1, count: sums.sx },
  ];
  const efficiency = discriminativeEfficiency(sums, xs, input.restScores);
  const unusedDistractors =
    sums.n > 0 ? optionCounts.flatMap((count, i) => (i !== input.correctIndex && count / sums.n < ITEM_THRESHOLDS.unusedDistractorBelow ? [i] : [])) : [];
  return {
    n: sums.n,
    facility,
    discrimination,
    efficiency,
    optionCounts,
    unanswered,
    unusedDistractors,
    flags: itemFlags({ facility, discrimination, unusedDistractors }),
  };
}

export function itemFlags(s: { facility: number | null; discrimination: number | null; unusedDistractors: readonly number[] }): ItemFlag[] {
  const flags: ItemFlag[] = [];
  if (s.facility !== null && s.facility > ITEM_THRESHOLDS.tooEasyAbove) flags.push("TOO_EASY");
  if (s.facility !== null && s.facility < ITEM_THRESHOLDS.tooHardBelow) flags.push("TOO_HARD");
  if (s.discrimination !== null && s.discrimination < 0) flags.push("NEGATIVE_DISCRIMINATION");
  else if (s.discrimination !== null && s.discrimination < ITEM_THRESHOLDS.weakDiscriminationBelow) flags.push("WEAK_DISCRIMINATION");
  if (s.unusedDistractors.length > 0) flags.push("UNUSED_DISTRACTOR");
  return flags;
}
