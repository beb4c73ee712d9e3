// The contest settings rules (lib/contests/admin-rules.ts): the staff area's round form.
import {
  changedRoundFields,
  closingInstant,
  newRoundForm,
  parseVnDateTimeInput,
  resultAffectingChanges,
  roundFormFromSettings,
  roundSettingsFromForm,
  sensitiveRoundChanges,
  statusChangeProblem,
} from "@/lib/contests/admin-rules";
import { DEFAULT_PRIZE_TIERS } from "@/lib/contests/prize-tiers";

test.each([
  ["15/02/2023 00:00", "2023-02-14T17:00:00.000Z"],
  ["1/4/2023 7:05", "2023-04-01T00:05:00.000Z"],
  ["31/12/2023 23:59", "2023-12-31T16:59:00.000Z"],
])("%s (Vietnam) is %s", (input, iso) => {
  expect(parseVnDateTimeInput(input)?.toISOString()).toBe(iso);
});

test.each(["31/02/2023 00:00", "15/02/2023", "15/02/2023 24:00", "15/02/2023 10:60", "2023-02-15 10:00", ""])("%j is refused", (input) => {
  expect(parseVnDateTimeInput(input)).toBeNull();
});

test("a closing minute lasts to its last millisecond (docs/DOMAIN.md §1)", () => {
  expect(closingInstant("30/03/2023 23:59")?.toISOString()).toBe("2023-03-30T16:59:59.999Z");
});

const form = newRoundForm(1, 2023, DEFAULT_PRIZE_TIERS);

test("a new round gets the quarter's window, 20 questions, 20 minutes, 3 attempts and the award month", () => {
  expect(form).toMatchObject({
    opensAt: "01/01/2023 00:00",
    closesAt: "31/03/2023 23:59",
    awardYear: 2023,
    awardMonth: 3,
    questionCount: 20,
    timeLimitMinutes: 20,
    attemptsAllowed: 3,
    graceSec: 10,
    status: "DRAFT",
  });
  expect(newRoundForm(4, 2023, DEFAULT_PRIZE_TIERS)).toMatchObject({ closesAt: "31/12/2023 23:59", awardMonth: 12 });
});

test("form → settings → form round-trips; empty award month defaults from the close", () => {
  const s = roundSettingsFromForm({ ...form, awardYear: null, awardMonth: null, closesAt: "15/05/2023 12:00", decisionDate: "25/6/2023" });
  expect([s.awardYear, s.awardMonth, s.timeLimitSec, s.decisionDate]).toEqual([2023, 6, 1200, "2023-06-25"]);
  expect(roundFormFromSettings(s)).toMatchObject({ closesAt: "15/05/2023 12:00", timeLimitMinutes: 20, decisionDate: "25/06/2023", awardMonth: 6 });
});

describe("which changes need confirmation", () => {
  const before = roundSettingsFromForm(form);
  const started = new Date("2023-02-01T00:00:00Z");
  const notYet = new Date("2022-12-31T00:00:00Z");
  test.each([
    ["name only", { name: "Quý I" }, []],
    ["prediction question and decision", { predictionQuestion: "Bao nhiêu người?", decisionNumber: "12/QĐ" }, []],
    ["attempts", { attemptsAllowed: 5 }, ["attemptsAllowed"]],
    ["prize tiers", { prizeTiers: [{ code: "NHAT", name: "Giải Nhất", count: 2 }] }, ["prizeTiers"]],
    ["closing time", { closesAt: new Date(before.closesAt.getTime() + 86_400_000) }, ["closesAt"]],
    ["status", { status: "OPEN" as const }, ["status"]],
  ])("%s", (_name, change, fields) => {
    const after = { ...before, ...change };
    expect(sensitiveRoundChanges(before, after, started)).toEqual(fields);
    expect(sensitiveRoundChanges(before, after, notYet)).toEqual([]);
    expect(resultAffectingChanges(before, after, true)).toEqual(fields);
    expect(changedRoundFields(before, after).length).toBeGreaterThan(0);
  });
});

test.each([
  [null, "DRAFT", null],
  [null, "OPEN", null],
  [null, "PUBLISHED", "jury"],
  ["DRAFT", "OPEN", null],
  ["OPEN", "DRAFT", null],
  ["OPEN", "APPROVED", "jury"],
  ["APPROVED", "OPEN", "jury"],
  ["PUBLISHED", "PUBLISHED", null],
] as const)("status %s → %s on the settings page: %s", (before, after, problem) => {
  const r = statusChangeProblem(before, after);
  if (problem) expect(r).toMatch(/trang Giám khảo/);
  else expect(r).toBeNull();
});
