import { isReviewAllowed, mayReviewAttempt } from "@/lib/attempts/answer-review";
import { computeDeadline, gradeItems, isPastGrace, itemCorrectness, lazyCloseTiming, submitTiming, type GradingRule } from "@/lib/attempts/rules";
import { startRefusal } from "@/lib/attempts/start-rules";
import { pickCountedAttempt } from "@/lib/ranking/counted-attempt";

const t = (iso: string) => new Date(iso);
const MIN = 60_000;

describe("deadline = min(start + limit, round close)", () => {
  const close = t("2026-11-30T16:59:59.999Z");
  test.each([
    ["10 minutes before the close, 20-minute limit", "2026-11-30T16:49:59.999Z", 1200, close.toISOString()],
    ["exactly one limit before the close", "2026-11-30T16:39:59.999Z", 1200, close.toISOString()],
    ["an hour before the close", "2026-11-30T16:00:00.000Z", 1200, "2026-11-30T16:20:00.000Z"],
    ["a day before, 15-minute limit", "2026-11-29T04:00:00.000Z", 900, "2026-11-29T04:15:00.000Z"],
    ["at the very last millisecond", close.toISOString(), 1200, close.toISOString()],
  ])("%s", (_label, start, limit, expected) => {
    expect(computeDeadline(t(start), limit, close).toISOString()).toBe(expected);
  });
});

describe("submit timing and the grace period", () => {
  const start = t("2026-11-29T04:00:00.000Z");
  const deadline = t("2026-11-29T04:20:00.000Z");
  test.each([
    ["well before the deadline", "2026-11-29T04:12:34.500Z", "on-time", 12 * MIN + 34_500, null],
    ["exactly at the deadline", "2026-11-29T04:20:00.000Z", "on-time", 20 * MIN, null],
    ["1 ms after: inside the grace", "2026-11-29T04:20:00.001Z", "grace", 20 * MIN + 1, 1],
    ["5 s after", "2026-11-29T04:20:05.000Z", "grace", 20 * MIN + 5000, 5000],
    ["at deadline + grace exactly", "2026-11-29T04:20:10.000Z", "grace", 20 * MIN + 10_000, 10_000],
    ["1 ms past the grace", "2026-11-29T04:20:10.001Z", "late", null, null],
    ["a clock before the start gives duration 0", "2026-11-29T03:59:00.000Z", "on-time", 0, null],
  ])("%s", (_label, at, kind, durationMs, graceUsedMs) => {
    const r = submitTiming(t(at), start, deadline, 10);
    expect(r.kind).toBe(kind);
    if (r.kind !== "late") {
      expect(r.durationMs).toBe(durationMs);
      expect(r.graceUsedMs).toBe(graceUsedMs);
      expect(r.submittedAt.toISOString()).toBe(at);
    }
  });

  test("a deadline cut short by the round close caps the duration at deadline − start + grace", () => {
    const shortDeadline = t("2026-11-29T04:10:00.000Z");
    const r = submitTiming(t("2026-11-29T04:10:08.000Z"), start, shortDeadline, 10);
    expect(r).toMatchObject({ kind: "grace", durationMs: 10 * MIN + 8000, graceUsedMs: 8000 });
  });

  test.each([
    ["2026-11-29T04:20:10.000Z", 10, false],
    ["2026-11-29T04:20:10.001Z", 10, true],
    ["2026-11-29T04:20:00.001Z", 0, true],
  ])("past grace at %s with %i s grace: %p", (at, grace, expected) => {
    expect(isPastGrace(t(at), deadline, grace)).toBe(expected);
  });

  test("a lazy close is dated at the deadline and lasts the whole allowed time", () => {
    expect(lazyCloseTiming(start, deadline)).toEqual({ submittedAt: deadline, durationMs: 20 * MIN });
  });
});

describe("grading from the snapshot", () => {
  const deadline = t("2026-11-29T04:20:00.000Z");
  const before = t("2026-11-29T04:10:00.000Z");
  const after = t("2026-11-29T04:20:00.500Z");
  const item = (position: number, chosenIndex: number | null, correctIndex: number, savedAt: Date | null = before) => ({
    position,
    chosenIndex,
    correctIndex,
    savedAt,
  });
  test.each([
    ["all correct", [item(0, 1, 1), item(1, 3, 3)], undefined, 2, [0, 1], []],
    ["one wrong, one unanswered", [item(0, 1, 1), item(1, 2, 3), item(2, null, 0, null)], undefined, 1, [0], [1, 2]],
    ["nothing answered", [item(0, null, 0, null), item(1, null, 2, null)], undefined, 0, [], [0, 1]],
    ["lazy close: a choice saved after the deadline does not count", [item(0, 1, 1), item(1, 3, 3, after)], deadline, 1, [0], [1]],
    ["lazy close: a choice saved exactly at the deadline counts", [item(0, 1, 1, deadline)], deadline, 1, [0], []],
  ])("%s", (_label, items, savedBy, correctCount, correctPositions, wrongPositions) => {
    expect(gradeItems(items, savedBy)).toEqual({ correctCount, correctPositions, wrongPositions, droppedPositions: [] });
  });

  const ruled = (rule: GradingRule, chosenIndex: number | null, savedAt: Date | null = before) => ({
    position: 0,
    chosenIndex,
    correctIndex: 1,
    savedAt,
    rule,
  });
  test.each([
    ["a corrected key: the old key's answer is now wrong", ruled({ mode: "NEW_KEY", correctIndex: 2 }, 1), undefined, false],
    ["a corrected key: the new key's answer is now right", ruled({ mode: "NEW_KEY", correctIndex: 2 }, 2), undefined, true],
    ["a corrected key still needs the answer saved by the deadline (lazy close)", ruled({ mode: "NEW_KEY", correctIndex: 2 }, 2, after), deadline, false],
    ["correct for everyone: a wrong answer counts", ruled({ mode: "ALL_CORRECT" }, 3), undefined, true],
    ["correct for everyone: an unanswered item counts too", ruled({ mode: "ALL_CORRECT" }, null, null), deadline, true],
    ["dropped: neither right nor wrong", ruled({ mode: "DROP" }, 1), undefined, null],
    ["no rule: the version's own key", { ...ruled({ mode: "DROP" }, 1), rule: null }, undefined, true],
  ])("regrade rule — %s", (_label, item, savedBy, expected) => {
    expect(itemCorrectness(item, savedBy)).toBe(expected);
  });

  test("a dropped item is left out of both lists and of the count", () => {
    const items = [item(0, 1, 1), { ...item(1, 2, 2), rule: { mode: "DROP" as const } }, { ...item(2, 0, 3), rule: { mode: "ALL_CORRECT" as const } }];
    expect(gradeItems(items)).toEqual({ correctCount: 2, correctPositions: [0, 2], wrongPositions: [], droppedPositions: [1] });
  });
});

describe("answer review setting", () => {
  const close = t("2026-11-30T16:59:59.999Z");
  test.each([
    ["AFTER_CLOSE", "2026-11-30T16:00:00.000Z", false],
    ["AFTER_CLOSE", "2026-11-30T16:59:59.999Z", false],
    ["AFTER_CLOSE", "2026-11-30T17:00:00.000Z", true],
    ["IMMEDIATELY", "2026-11-30T16:00:00.000Z", true],
    ["NEVER", "2027-01-01T00:00:00.000Z", false],
  ] as const)("%s at %s → %p", (setting, at, expected) => {
    expect(isReviewAllowed(setting, close, t(at))).toBe(expected);
  });
});

describe("may the participant review an attempt now (the result page and the data download)", () => {
  const round = { answerReview: "IMMEDIATELY" as const, closesAt: t("2026-11-30T16:59:59.999Z") };
  test.each([
    ["a submitted attempt, review allowed", "SUBMITTED", round, true],
    ["an attempt still in progress, even when review is immediate", "IN_PROGRESS", round, false],
    ["a submitted attempt of a round that never shows keys", "SUBMITTED", { ...round, answerReview: "NEVER" as const }, false],
  ] as const)("%s", (_label, status, r, expected) => {
    expect(mayReviewAttempt({ status }, r, t("2026-11-01T00:00:00Z"))).toBe(expected);
  });
});

describe("who may start a new attempt", () => {
  const base = { phase: "open" as const, opensAt: t("2026-10-01T00:00:00Z"), attemptsUsed: 0, attemptsAllowed: 3, isDisqualified: false };
  test.each([
    ["open, none used", {}, null],
    ["open, 2 of 3 used", { attemptsUsed: 2 }, null],
    ["open, 3 of 3 used", { attemptsUsed: 3 }, /hết 3 lượt/],
    ["disqualified", { isDisqualified: true }, /loại khỏi đợt thi/],
    ["upcoming", { phase: "upcoming" }, /chưa mở.*01\/10\/2026 07:00/],
    ["closed", { phase: "closed" }, /đã kết thúc/],
    ["draft", { phase: "draft" }, /chưa được công bố/],
  ] as const)("%s", (_label, patch, expected) => {
    const r = startRefusal({ ...base, ...patch });
    if (expected === null) expect(r).toBeNull();
    else expect(r).toMatch(expected);
  });
});

describe("the attempt that counts (docs/DOMAIN.md §4)", () => {
  const a = (id: string, correctCount: number, submittedAt: string) => ({ id, correctCount, submittedAt: t(submittedAt) });
  test.each([
    ["the highest score", [a("a1", 15, "2026-11-01T01:00:00Z"), a("a2", 18, "2026-11-02T01:00:00Z"), a("a3", 17, "2026-11-03T01:00:00Z")], "a2"],
    ["equal scores: the earliest submitted", [a("a1", 18, "2026-11-03T01:00:00Z"), a("a2", 18, "2026-11-01T01:00:00Z")], "a2"],
    ["a single attempt", [a("a1", 0, "2026-11-01T01:00:00Z")], "a1"],
  ])("%s", (_label, attempts, expected) => {
    expect(pickCountedAttempt(attempts)?.id).toBe(expected);
  });
  test("no submitted attempt, nothing counts", () => {
    expect(pickCountedAttempt([])).toBeNull();
  });
});
