import { formatPrediction, parsePredictionInput, PREDICTION_INPUT_ERRORS as E } from "@/lib/attempts/prediction-input";
import { MAX_PREDICTION } from "@/lib/attempts/rules";

describe("a prediction typed the Vietnamese way is read as the whole number it means", () => {
  test.each([
    ["1500", 1500],
    ["1.500", 1500],
    ["1 500", 1500],
    ["1\u00a0500", 1500], // no-break space
    ["1\u202f500", 1500], // narrow no-break space
    ["1\u2009500", 1500], // thin space
    ["12.345.678", 12_345_678],
    ["12 345 678", 12_345_678],
    ["  1.500  ", 1500],
    ["\u00a01500\u00a0", 1500],
    ["0", 0],
    ["999", 999],
    ["007", 7],
    ["1.000.000.000", MAX_PREDICTION],
    ["1000000000", MAX_PREDICTION],
  ])("%j → %d", (text, value) => {
    expect(parsePredictionInput(text)).toEqual({ ok: true, value });
  });

  test.each(["", "   ", "\u00a0"])("%j is no value, not an error", (text) => {
    expect(parsePredictionInput(text)).toEqual({ ok: true, value: null });
  });
});

describe("what it refuses, and why", () => {
  test.each([
    ["1,5", E.comma],
    ["1,500", E.comma],
    ["0,5", E.comma],
    ["1.5", E.grouping],
    ["1.50", E.grouping],
    ["15.00", E.grouping],
    ["1.5000", E.grouping],
    ["1500.000", E.grouping],
    ["1.", E.grouping],
    [".500", E.grouping],
    ["1..500", E.grouping],
    ["1 50", E.grouping],
    ["1  500", E.grouping],
    ["1.500 000", E.grouping],
    ["-5", E.negative],
    ["-1.500", E.negative],
    ["−5", E.negative], // U+2212 minus sign
    ["abc", E.notDigits],
    ["15a", E.notDigits],
    ["1e3", E.notDigits],
    ["+5", E.notDigits],
    ["1.000.000.001", E.tooLarge],
    ["99999999999999999999", E.tooLarge],
  ])("%j", (text, error) => {
    expect(parsePredictionInput(text)).toEqual({ ok: false, error });
  });

  test("the comma message says the prediction is a whole number and a comma means a decimal", () => {
    expect(E.comma).toMatch(/số nguyên/);
    expect(E.comma).toMatch(/Dấu phẩy dùng cho số thập phân/);
  });
});

test.each([
  [0, "0"],
  [7, "7"],
  [999, "999"],
  [1000, "1.000"],
  [1500, "1.500"],
  [12_345_678, "12.345.678"],
  [MAX_PREDICTION, "1.000.000.000"],
])("formatPrediction(%d) = %s, and it parses back", (value, text) => {
  expect(formatPrediction(value)).toBe(text);
  expect(parsePredictionInput(text)).toEqual({ ok: true, value });
});
