import { shuffledOrder } from "@/lib/attempts/draw";
import { MAX_OPTIONS } from "@/lib/questions/format";
import { displayPositionOf, formatOptionOrder, optionIndexOfToken, optionToken, parseOptionOrder } from "@/lib/attempts/option-order";

// Thresholds are set so a correct shuffle fails about once in a million runs, not once in a thousand.
const CHI2_3DF_P1E6 = 30.7;
const CHI2_23DF_P1E6 = 75;

function chiSquare(counts: number[], expected: number): number {
  return counts.reduce((s, c) => s + ((c - expected) * (c - expected)) / expected, 0);
}

describe("option shuffle", () => {
  const DRAWS = 20_000;
  const orders = Array.from({ length: DRAWS }, () => shuffledOrder(4));

  test("every order is a permutation of the four options", () => {
    for (const o of orders) expect([...o].sort()).toEqual([0, 1, 2, 3]);
  });

  test("all 24 orders of 4 options occur, with uniform frequency", () => {
    const counts = new Map<string, number>();
    for (const o of orders) counts.set(o.join(""), (counts.get(o.join("")) ?? 0) + 1);
    expect(counts.size).toBe(24);
    expect(chiSquare([...counts.values()], DRAWS / 24)).toBeLessThan(CHI2_23DF_P1E6);
  });

  test.each([0, 1, 2, 3])("the correct option (index %i) lands on each display position 25 %% ± 3 %% of the time", (correctIndex) => {
    const positions = [0, 0, 0, 0];
    for (const o of orders) positions[o.indexOf(correctIndex)] += 1;
    for (const n of positions) expect(Math.abs(n / DRAWS - 0.25)).toBeLessThan(0.03);
    expect(chiSquare(positions, DRAWS / 4)).toBeLessThan(CHI2_3DF_P1E6);
  });

  test.each([2, 3, 5])("shuffles %i options too", (n) => {
    const seen = new Set(Array.from({ length: 2000 }, () => shuffledOrder(n).join(",")));
    const factorial = [1, 1, 2, 6, 24, 120][n];
    expect(seen.size).toBe(factorial);
  });
});

describe("option order text and tokens", () => {
  test.each([
    [[2, 0, 3, 1], "2,0,3,1"],
    [[0, 1], "0,1"],
  ])("%j ⇄ %s", (order, text) => {
    expect(formatOptionOrder(order)).toBe(text);
    expect(parseOptionOrder(text)).toEqual(order);
  });

  test.each([
    [[2, 0, 3, 1], 2, 0],
    [[2, 0, 3, 1], 1, 3],
    [[2, 0, 3, 1], null, null],
    [[2, 0, 3, 1], 7, null],
  ])("in order %j option %p is shown at position %p", (order, optionIndex, display) => {
    expect(displayPositionOf(order, optionIndex)).toBe(display);
  });

  test("a token stands for one option of one question of one attempt", () => {
    for (let i = 0; i < MAX_OPTIONS; i++) expect(optionIndexOfToken("att1", 3, optionToken("att1", 3, i))).toBe(i);
    expect(optionIndexOfToken("att2", 3, optionToken("att1", 3, 0))).toBeNull();
    expect(optionIndexOfToken("att1", 4, optionToken("att1", 3, 0))).toBeNull();
    expect(optionIndexOfToken("att1", 3, "made-up")).toBeNull();
    const tokens = new Set([0, 1, 2, 3].map((i) => optionToken("att1", 3, i)));
    expect(tokens.size).toBe(4);
  });
});
