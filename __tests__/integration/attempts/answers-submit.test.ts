// Saving, submitting, grading and lazily closing attempts on a real database.
import { db } from "@/lib/db";
import { saveAnswer, savePrediction } from "@/lib/attempts/answers";
import { getAttemptPageData } from "@/lib/attempts/attempt-page";
import { closeExpiredAttempts, submitAttempt } from "@/lib/attempts/close";
import { MSG } from "@/lib/attempts/messages";
import { optionToken, parseOptionOrder } from "@/lib/attempts/option-order";
import { getAttemptResult } from "@/lib/attempts/result";
import { startAttempt } from "@/lib/attempts/start";
import { setRateLimitsDisabled } from "@/lib/security/rate-limit";
import { fixedClock, setClock } from "@/lib/time";
import { caller, client, itemsOf, makeFixture, MIN, T0, type Fixture } from "./fixtures";

beforeAll(() => setRateLimitsDisabled(true));
afterAll(() => setRateLimitsDisabled(false));
beforeEach(() => setClock(fixedClock(T0)));
const at = (ms: number) => setClock(fixedClock(new Date(T0.getTime() + ms)));

async function started(f: Fixture, who = 0): Promise<string> {
  const r = await startAttempt(caller(f, who), f.roundId, client);
  if (!r.ok) throw new Error(r.error);
  return r.data.attemptId;
}

/** Chooses, at each position, the correct option (or a wrong one) through the save path. */
async function answer(f: Fixture, attemptId: string, position: number, correct: boolean, who = 0) {
  const item = (await itemsOf(attemptId))[position];
  const optionIndex = correct ? item.questionVersion.correctIndex : (item.questionVersion.correctIndex + 1) % 4;
  return saveAnswer(f.participantIds[who], { attemptId, position, token: optionToken(attemptId, position, optionIndex) });
}

test("a save stores the version's option index; the last write wins", async () => {
  const f = await makeFixture();
  const id = await started(f);
  const save = (optionIndex: number) => saveAnswer(f.participantIds[0], { attemptId: id, position: 2, token: optionToken(id, 2, optionIndex) });
  expect(await save(1)).toEqual({ ok: true, data: { savedAt: T0.toISOString() } });
  at(MIN);
  expect((await save(3)).ok).toBe(true);
  expect((await save(3)).ok).toBe(true); // idempotent
  const item = (await itemsOf(id))[2];
  expect(item.chosenIndex).toBe(3);
  expect(item.savedAt?.toISOString()).toBe(new Date(T0.getTime() + MIN).toISOString());
  // The page shows it at the display position where option 3 was shown.
  const page = await getAttemptPageData(id, f.participantIds[0]);
  if (page.kind !== "running") throw new Error(page.kind);
  expect(page.payload.questions[2].chosen).toBe(parseOptionOrder(item.optionOrder).indexOf(3));
});

test("a save is refused for someone else's attempt, a forged token, after the deadline, and after submit", async () => {
  const f = await makeFixture();
  const id = await started(f);
  const token = optionToken(id, 0, 1);
  expect(await saveAnswer(f.participantIds[1], { attemptId: id, position: 0, token })).toEqual({ ok: false, error: MSG.attemptNotFound });
  expect(await saveAnswer(f.participantIds[0], { attemptId: id, position: 0, token: "gia-mao" })).toEqual({ ok: false, error: MSG.invalidOption });
  expect(await saveAnswer(f.participantIds[0], { attemptId: id, position: 1, token })).toEqual({ ok: false, error: MSG.invalidOption });

  at(20 * MIN); // exactly at the deadline: still accepted
  expect((await saveAnswer(f.participantIds[0], { attemptId: id, position: 0, token })).ok).toBe(true);
  at(20 * MIN + 1); // 1 ms later: refused (no grace for saves)
  expect(await saveAnswer(f.participantIds[0], { attemptId: id, position: 1, token: optionToken(id, 1, 0) })).toEqual({ ok: false, error: MSG.saveExpired });
  expect(await savePrediction(f.participantIds[0], { attemptId: id, prediction: 5 })).toEqual({ ok: false, error: MSG.saveExpired });
  expect((await itemsOf(id))[1].chosenIndex).toBeNull();

  const id2 = await started(f, 1);
  expect((await submitAttempt(f.participantIds[1], id2, "PARTICIPANT")).ok).toBe(true);
  expect(await saveAnswer(f.participantIds[1], { attemptId: id2, position: 0, token: optionToken(id2, 0, 0) })).toEqual({
    ok: false,
    error: MSG.saveSubmitted,
  });
});

test("the prediction is saved on the attempt", async () => {
  const f = await makeFixture();
  const id = await started(f);
  expect((await savePrediction(f.participantIds[0], { attemptId: id, prediction: 12_345 })).ok).toBe(true);
  expect((await savePrediction(f.participantIds[0], { attemptId: id, prediction: 1_000_000_000 })).ok).toBe(true);
  expect((await db.attempt.findUniqueOrThrow({ where: { id } })).prediction).toBe(1_000_000_000);
  expect((await savePrediction(f.participantIds[1], { attemptId: id, prediction: 1 })).ok).toBe(false);
});

test("submit grades from the snapshot; a double submit returns the same result and grades once", async () => {
  const f = await makeFixture();
  const id = await started(f);
  for (const [p, ok] of [
    [0, true],
    [1, true],
    [2, false],
    [3, true],
  ] as const)
    await answer(f, id, p, ok);
  at(7 * MIN + 1234);
  const [first, second] = await Promise.all([submitAttempt(f.participantIds[0], id, "PARTICIPANT"), submitAttempt(f.participantIds[0], id, "PARTICIPANT")]);
  const expected = {
    attemptId: id,
    correctCount: 3,
    questionCount: 5,
    durationMs: 7 * MIN + 1234,
    submittedAt: new Date(T0.getTime() + 7 * MIN + 1234).toISOString(),
    submitSource: "PARTICIPANT",
    graceUsedMs: null,
  };
  expect(first).toEqual({ ok: true, data: expected });
  expect(second).toEqual(first);
  at(9 * MIN); // a later repeat still answers the stored result, unchanged
  expect(await submitAttempt(f.participantIds[0], id, "AUTO")).toEqual(first);
  const a = await db.attempt.findUniqueOrThrow({ where: { id } });
  expect(a).toMatchObject({ status: "SUBMITTED", inProgressKey: null, correctCount: 3, durationMs: 7 * MIN + 1234, submitSource: "PARTICIPANT" });
  expect((await itemsOf(id)).map((i) => i.isCorrect)).toEqual([true, true, false, true, false]);
  // A repeat reads what is stored and never grades again: a marker written into the stored
  // result comes back untouched.
  await db.attempt.update({ where: { id }, data: { correctCount: 99 } });
  const repeat = await submitAttempt(f.participantIds[0], id, "PARTICIPANT");
  expect(repeat.ok && repeat.data.correctCount).toBe(99);
  // Someone else cannot submit it.
  expect(await submitAttempt(f.participantIds[1], id, "PARTICIPANT")).toEqual({ ok: false, error: MSG.attemptNotFound });
});

test("a submit inside the grace period is accepted and records the grace used", async () => {
  const f = await makeFixture();
  const id = await started(f);
  await answer(f, id, 0, true);
  at(20 * MIN + 4_000);
  const r = await submitAttempt(f.participantIds[0], id, "AUTO");
  expect(r).toEqual({
    ok: true,
    data: expect.objectContaining({ correctCount: 1, durationMs: 20 * MIN + 4_000, graceUsedMs: 4_000, submitSource: "AUTO" }),
  });
  expect((await db.attempt.findUniqueOrThrow({ where: { id } })).graceUsedMs).toBe(4_000);
});

test("a submit after deadline + grace is refused; the attempt is closed with the answers saved before the deadline", async () => {
  const f = await makeFixture();
  const id = await started(f);
  await answer(f, id, 0, true);
  await answer(f, id, 1, true);
  at(20 * MIN + 10_001);
  expect(await submitAttempt(f.participantIds[0], id, "AUTO")).toEqual({ ok: false, error: MSG.lateSubmit });
  expect(await submitAttempt(f.participantIds[0], id, "PARTICIPANT")).toEqual({ ok: false, error: MSG.lateSubmit });
  const a = await db.attempt.findUniqueOrThrow({ where: { id } });
  expect(a).toMatchObject({ status: "SUBMITTED", submitSource: "LAZY_CLOSE", correctCount: 2, durationMs: 20 * MIN, graceUsedMs: null });
  expect(a.submittedAt?.toISOString()).toBe(a.deadline.toISOString());
});

test("lazy close of an expired attempt keeps only the answers saved before the deadline", async () => {
  const f = await makeFixture();
  const id = await started(f);
  await answer(f, id, 0, true);
  await answer(f, id, 1, true);
  await answer(f, id, 2, false);
  // A correct choice stored after the deadline (e.g. written by a request that raced the deadline)
  // must not count.
  const late = (await itemsOf(id))[3];
  await db.attemptItem.update({
    where: { attemptId_position: { attemptId: id, position: 3 } },
    data: { chosenIndex: late.questionVersion.correctIndex, savedAt: new Date(T0.getTime() + 20 * MIN + 1) },
  });
  at(20 * MIN + 5_000); // inside the grace: nothing is closed yet
  expect(await closeExpiredAttempts(f.participantIds[0])).toBe(0);
  at(60 * MIN);
  expect(await closeExpiredAttempts(f.participantIds[0])).toBe(1);
  expect(await closeExpiredAttempts(f.participantIds[0])).toBe(0);
  const a = await db.attempt.findUniqueOrThrow({ where: { id } });
  expect(a).toMatchObject({ status: "SUBMITTED", submitSource: "LAZY_CLOSE", correctCount: 2, inProgressKey: null, durationMs: 20 * MIN });
  // submittedAt is the deadline, not the moment somebody read it.
  expect(a.submittedAt?.toISOString()).toBe(new Date(T0.getTime() + 20 * MIN).toISOString());
  expect((await itemsOf(id)).map((i) => i.isCorrect)).toEqual([true, true, false, false, false]);
});

test("reading an expired attempt (attempt page, result page) closes it", async () => {
  const f = await makeFixture();
  const id1 = await started(f, 0);
  const id2 = await started(f, 1);
  await answer(f, id1, 0, true, 0);
  at(30 * MIN);
  expect(await getAttemptPageData(id1, f.participantIds[0])).toEqual({ kind: "closed" });
  expect((await db.attempt.findUniqueOrThrow({ where: { id: id1 } })).correctCount).toBe(1);
  const r = await getAttemptResult(id2, f.participantIds[1]);
  expect(r.kind).toBe("result");
  expect((await db.attempt.findUniqueOrThrow({ where: { id: id2 } })).submitSource).toBe("LAZY_CLOSE");
});

test("editing a question after an attempt leaves that attempt's questions and score unchanged", async () => {
  // Review at once, so the result lists the missed question (AFTER_CLOSE lists nothing while the round runs).
  const f = await makeFixture({ round: { answerReview: "IMMEDIATELY" } });
  const id = await started(f);
  for (let p = 0; p < 5; p++) await answer(f, id, p, p < 4);
  const before = await getAttemptPageData(id, f.participantIds[0]);
  const items = await itemsOf(id);
  // The editor changes every drawn question: new text, new options, new correct answer.
  await db.$transaction(
    items.flatMap((i) => [
      db.questionVersion.create({
        data: {
          questionId: i.questionVersion.questionId,
          version: 2,
          text: "Nội dung đã sửa",
          options: ["w", "x", "y", "z"],
          correctIndex: (i.questionVersion.correctIndex + 2) % 4,
        },
      }),
      db.question.update({ where: { id: i.questionVersion.questionId }, data: { currentVersion: 2, textSearch: "noi dung da sua" } }),
    ]),
  );
  const during = await getAttemptPageData(id, f.participantIds[0]);
  expect(JSON.stringify(during)).toBe(JSON.stringify(before));
  at(5 * MIN);
  const r = await submitAttempt(f.participantIds[0], id, "PARTICIPANT");
  expect(r.ok && r.data.correctCount).toBe(4);
  // Another edit after grading changes nothing either.
  await db.$transaction(
    items.map((i) =>
      db.questionVersion.create({
        data: { questionId: i.questionVersion.questionId, version: 3, text: "Lần sửa 3", options: ["1", "2", "3", "4"], correctIndex: 0 },
      }),
    ),
  );
  await db.question.updateMany({ where: { id: { in: items.map((i) => i.questionVersion.questionId) } }, data: { currentVersion: 3 } });
  const result = await getAttemptResult(id, f.participantIds[0]);
  if (result.kind !== "result") throw new Error(result.kind);
  expect(result.view.correctCount).toBe(4);
  expect(result.view.wrongNumbers).toEqual([5]);
  expect((await itemsOf(id)).map((i) => i.questionVersionId)).toEqual(items.map((i) => i.questionVersionId));
});
