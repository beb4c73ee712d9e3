// /ca-nhan's view of attempts: state, the counted attempt (docs/DOMAIN.md §4), and what the data
// export may reveal of the answers.
import { attemptState, exportItem, summariseAttempts, type AttemptRow } from "@/lib/participants/attempt-summary";
import { safeNextPath } from "@/lib/participants/navigation";

const t = (iso: string) => new Date(iso);
const row = (over: Partial<AttemptRow> & { id: string; number: number }): AttemptRow => ({
  status: "SUBMITTED",
  startedAt: t("2026-11-29T01:00:00Z"),
  deadline: t("2026-11-29T01:20:00Z"),
  submittedAt: t("2026-11-29T01:10:00Z"),
  durationMs: 600_000,
  correctCount: 10,
  itemCount: 20,
  ...over,
});

test.each([
  ["SUBMITTED", "2026-11-29T01:30:00Z", "submitted"],
  ["IN_PROGRESS", "2026-11-29T01:19:59Z", "in_progress"],
  ["IN_PROGRESS", "2026-11-29T01:20:00Z", "in_progress"],
  ["IN_PROGRESS", "2026-11-29T01:20:00.001Z", "expired"],
] as const)("%s read at %s is %s", (status, at, state) => {
  expect(attemptState({ status, deadline: t("2026-11-29T01:20:00Z") }, t(at))).toBe(state);
});

test("the counted attempt is the best score, the earliest among equals; unscored attempts never count", () => {
  const views = summariseAttempts(
    [
      row({ id: "c", number: 3, correctCount: 15, submittedAt: t("2026-11-29T03:00:00Z") }),
      row({ id: "a", number: 1, correctCount: 12 }),
      row({ id: "b", number: 2, correctCount: 15, submittedAt: t("2026-11-29T02:00:00Z") }),
      row({ id: "d", number: 4, status: "IN_PROGRESS", submittedAt: null, correctCount: null, deadline: t("2026-11-29T05:00:00Z") }),
    ],
    t("2026-11-29T04:00:00Z"),
  );
  expect(views.map((v) => [v.number, v.state, v.isCounted])).toEqual([
    [1, "submitted", false],
    [2, "submitted", true],
    [3, "submitted", false],
    [4, "in_progress", false],
  ]);
});

test("no submitted attempt: nothing counts", () => {
  const views = summariseAttempts([row({ id: "x", number: 1, status: "IN_PROGRESS", correctCount: null, submittedAt: null })], t("2026-11-29T04:00:00Z"));
  expect(views[0]).toMatchObject({ state: "expired", isCounted: false });
});

test("an exported item shows the options in the order the attempt showed them, and hides correctness unless allowed", () => {
  const item = {
    position: 1,
    optionOrder: "2,0,3,1",
    chosenIndex: 3,
    savedAt: t("2026-11-29T01:05:00Z"),
    isCorrect: true,
    text: "Câu hỏi?",
    options: ["O0", "O1", "O2", "O3"],
  };
  const hidden = exportItem(item, false);
  expect(hidden).toEqual({
    position: 1,
    question: "Câu hỏi?",
    options: [
      { letter: "A", text: "O2" },
      { letter: "B", text: "O0" },
      { letter: "C", text: "O3" },
      { letter: "D", text: "O1" },
    ],
    chosen: "C",
    savedAt: "2026-11-29T01:05:00.000Z",
  });
  expect(hidden).not.toHaveProperty("isCorrect");
  expect(exportItem(item, true).isCorrect).toBe(true);
  expect(exportItem({ ...item, chosenIndex: null }, false).chosen).toBeNull();
});

test.each([
  [undefined, "/ca-nhan"],
  ["/thi", "/thi"],
  ["/ca-nhan?moi=1", "/ca-nhan?moi=1"],
  [["/thi", "/x"], "/thi"],
  ["//evil.example/x", "/ca-nhan"],
  ["https://evil.example", "/ca-nhan"],
  ["/\\evil.example", "/ca-nhan"],
  ["javascript:alert(1)", "/ca-nhan"],
  ["/a\nb", "/ca-nhan"],
])("next=%j goes to %s", (value, target) => {
  expect(safeNextPath(value)).toBe(target);
});
