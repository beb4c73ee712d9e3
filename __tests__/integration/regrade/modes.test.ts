// Each regrade mode rewrites the stored grading of the question in every SUBMITTED attempt of the
// round exactly as the pure rule (lib/attempts/rules.ts) grades it, re-scores those attempts, and
// touches nothing else: other questions, attempts in progress, other rounds showing the version.
jest.mock("next/cache", () => ({ revalidatePath: jest.fn(), revalidateTag: jest.fn() }));

import { gradeItems, itemCorrectness, type GradingRule } from "@/lib/attempts/rules";
import { setSessionForTests } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { applyRegradeAction, dryRunRegradeAction, proposeRegradeAction } from "@/lib/regrade/actions";
import type { RegradeImpact } from "@/lib/regrade/impact";
import { fixedClock, setClock } from "@/lib/time";
import { asStaffSession, makeRound } from "../winners/fixtures";
import { makeRegradeRound, storedAttempts } from "./fixtures";

// During the round: the attempt in progress is not past its deadline.
const AT = "2023-03-01T03:00:00Z";
beforeAll(() => setClock(fixedClock(AT)));
afterAll(() => setSessionForTests(undefined));

// keys: q0 → A (0), q1 → B, q2 → C, q3 → D, q4 → A. The jury finds q0's key wrong: B is right.
const KEYS = [0, 1, 2, 3, 0];
const ATTEMPTS = [
  { who: 0, answers: [0, 1, 2, 3, 0] }, // 5 under the old key
  { who: 1, answers: [1, 1, 2, 3, 0] }, // 4
  { who: 2, answers: [null, 1, 2, 0, 0], source: "AUTO" as const }, // 3, q0 unanswered
  // Lazy closes: q0 chosen only after the deadline (B, then A), so it never counted.
  { who: 3, answers: [1, 1, 2, 3, 0], source: "LAZY_CLOSE" as const, lateAt: [0] }, // 4
  { who: 3, answers: [0, 1, 2, 3, 0], source: "LAZY_CLOSE" as const, lateAt: [0] }, // 4
  { who: 4, answers: [0, 1, 2, 3, 0], status: "IN_PROGRESS" as const, startedAt: new Date("2023-03-01T02:55:00Z") }, // not graded yet
  { who: 5, answers: [2, 0, 0, 0, 0] }, // 1
];

const CASES: [string, GradingRule, number[]][] = [
  ["NEW_KEY (B)", { mode: "NEW_KEY", correctIndex: 1 }, [4, 5, 3, 4, 4, 1]],
  ["ALL_CORRECT", { mode: "ALL_CORRECT" }, [5, 5, 4, 5, 5, 2]],
  ["DROP", { mode: "DROP" }, [4, 4, 3, 4, 4, 1]],
];

test.each(CASES)("%s: item correctness and scores of the submitted attempts follow the rule exactly", async (_label, rule, expectedScores) => {
  const f = await makeRegradeRound({ keys: KEYS, people: 6, attempts: ATTEMPTS });
  const target = f.versionIds[0];
  // The same version shown in another round: a regrade is per round.
  const other = await makeRound(f.contestId, { number: 2, from: "01/04/2023", to: "30/6/2023" });
  const otherAttempt = await db.attempt.create({
    data: {
      roundId: other.id,
      participantId: f.people[0].id,
      number: 1,
      status: "SUBMITTED",
      startedAt: other.opensAt,
      deadline: new Date(other.opensAt.getTime() + 1_200_000),
      submittedAt: new Date(other.opensAt.getTime() + 60_000),
      submitSource: "PARTICIPANT",
      durationMs: 60_000,
      correctCount: 1,
      items: { create: { position: 0, questionVersionId: target, optionOrder: "0,1,2,3", chosenIndex: 0, savedAt: other.opensAt, isCorrect: true } },
    },
    select: { id: true },
  });
  const before = await storedAttempts(f.round.id);

  setSessionForTests(asStaffSession(f.jury));
  const input = { roundId: f.round.id, questionVersionId: target, mode: rule.mode, correctIndex: rule.mode === "NEW_KEY" ? rule.correctIndex : null };
  const dry = await dryRunRegradeAction(input);
  expect(dry.ok).toBe(true);
  const proposed = await proposeRegradeAction({ ...input, reason: "Đáp án trong ngân hàng bị nhập nhầm" });
  if (!proposed.ok) throw new Error(proposed.error);
  // Proposing changes no grading.
  expect(await storedAttempts(f.round.id)).toEqual(before);

  setSessionForTests(asStaffSession(f.admin));
  const applied = await applyRegradeAction({ regradeId: proposed.data.regradeId });
  expect(applied.ok).toBe(true);

  const after = await storedAttempts(f.round.id);
  const submitted = after.filter((a) => a.status === "SUBMITTED");
  for (const a of submitted) {
    const savedBy = a.submitSource === "LAZY_CLOSE" ? a.deadline : undefined;
    const was = before.find((b) => b.id === a.id)!;
    for (const [k, item] of a.items.entries()) {
      // The regraded version follows the rule (as a lazy close grades: answers saved by the deadline); the others keep their grading.
      expect(item.isCorrect).toBe(item.questionVersionId === target ? itemCorrectness(a.gradable[k], savedBy) : was.items[k].isCorrect);
    }
    expect(a.correctCount).toBe(gradeItems(a.gradable, savedBy).correctCount);
    expect(a.regradedAt).toEqual(new Date(AT));
  }
  // Attempts in ATTEMPTS order, without the one in progress.
  const byId = new Map(after.map((a) => [a.id, a]));
  expect([0, 1, 2, 3, 4, 6].map((k) => byId.get(f.attemptIds[k])!.correctCount)).toEqual(expectedScores);

  // The attempt in progress is graded when it is closed (by then with the applied rule), not here.
  const running = byId.get(f.attemptIds[5])!;
  expect(running.items.every((i) => i.isCorrect === null)).toBe(true);
  expect(running.correctCount).toBeNull();
  expect(running.regradedAt).toBeNull();
  // The other round is untouched.
  expect(
    await db.attempt.findUniqueOrThrow({
      where: { id: otherAttempt.id },
      select: { correctCount: true, regradedAt: true, items: { select: { isCorrect: true } } },
    }),
  ).toEqual({
    correctCount: 1,
    regradedAt: null,
    items: [{ isCorrect: true }],
  });

  // The dry run said how many scores change and by how much.
  if (!dry.ok) throw new Error(dry.error);
  const deltas = new Map<number, number>();
  for (const a of submitted) {
    const d = a.correctCount! - before.find((b) => b.id === a.id)!.correctCount!;
    deltas.set(d, (deltas.get(d) ?? 0) + 1);
  }
  expect(dry.data.attemptsShown).toBe(submitted.length);
  expect(dry.data.attemptsChanged).toBe(submitted.length - (deltas.get(0) ?? 0));
  expect(dry.data.deltas).toEqual([...deltas].sort(([x], [y]) => x - y).map(([delta, attempts]) => ({ delta, attempts })));
  // …and the same numbers are stored on the regrade.
  const stored = await db.regrade.findUniqueOrThrow({ where: { id: proposed.data.regradeId }, select: { summary: true } });
  expect((stored.summary as unknown as RegradeImpact).deltas).toEqual(dry.data.deltas);
});

test("a lazy-closed attempt's answer saved after the deadline does not count under a corrected key, and counts when the question is correct for everyone", async () => {
  const f = await makeRegradeRound({ keys: [0, 1], people: 1, attempts: [{ who: 0, answers: [1, 1], source: "LAZY_CLOSE", lateAt: [0] }] });
  const [attemptId] = f.attemptIds;
  const item0 = () => db.attemptItem.findUniqueOrThrow({ where: { attemptId_position: { attemptId, position: 0 } }, select: { isCorrect: true } });
  const score = async () => (await db.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { correctCount: true } })).correctCount;
  expect(await score()).toBe(1);

  setSessionForTests(asStaffSession(f.admin));
  const newKey = await proposeRegradeAction({
    roundId: f.round.id,
    questionVersionId: f.versionIds[0],
    mode: "NEW_KEY",
    correctIndex: 1,
    reason: "Đáp án đúng là B",
  });
  if (!newKey.ok) throw new Error(newKey.error);
  expect((await applyRegradeAction({ regradeId: newKey.data.regradeId })).ok).toBe(true);
  // B is now the key and the person chose B, but only after the deadline: still wrong.
  expect(await item0()).toEqual({ isCorrect: false });
  expect(await score()).toBe(1);

  const all = await proposeRegradeAction({
    roundId: f.round.id,
    questionVersionId: f.versionIds[0],
    mode: "ALL_CORRECT",
    reason: "Câu hỏi có hai đáp án đúng",
  });
  if (!all.ok) throw new Error(all.error);
  expect((await applyRegradeAction({ regradeId: all.data.regradeId })).ok).toBe(true);
  expect(await item0()).toEqual({ isCorrect: true });
  expect(await score()).toBe(2);
});
