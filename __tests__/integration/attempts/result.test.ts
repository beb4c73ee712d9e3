// The result page's data, the answer-review setting, the counted attempt, and the /thi overview.
import { optionToken } from "@/lib/attempts/option-order";
import { saveAnswer } from "@/lib/attempts/answers";
import { submitAttempt } from "@/lib/attempts/close";
import { getStartOverview } from "@/lib/attempts/overview";
import { getAttemptResult } from "@/lib/attempts/result";
import { startAttempt } from "@/lib/attempts/start";
import { db } from "@/lib/db";
import { setRateLimitsDisabled } from "@/lib/security/rate-limit";
import { fixedClock, setClock } from "@/lib/time";
import { caller, client, itemsOf, makeFixture, MIN, T0, type Fixture } from "./fixtures";

beforeAll(() => setRateLimitsDisabled(true));
afterAll(() => setRateLimitsDisabled(false));
beforeEach(() => setClock(fixedClock(T0)));
const at = (ms: number) => setClock(fixedClock(new Date(T0.getTime() + ms)));

/** Starts and submits an attempt with `correct` right answers among the first positions. */
async function takeAttempt(f: Fixture, correct: number, minutes: number, who = 0): Promise<string> {
  const r = await startAttempt(caller(f, who), f.roundId, client);
  if (!r.ok) throw new Error(r.error);
  const items = await itemsOf(r.data.attemptId);
  for (const item of items.slice(0, 4)) {
    const right = item.position < correct;
    const optionIndex = right ? item.questionVersion.correctIndex : (item.questionVersion.correctIndex + 1) % 4;
    await saveAnswer(f.participantIds[who], { attemptId: r.data.attemptId, position: item.position, token: optionToken(r.data.attemptId, item.position, optionIndex) });
  }
  const clockBack = setClock(fixedClock(new Date(Date.parse((await db.attempt.findUniqueOrThrow({ where: { id: r.data.attemptId } })).startedAt.toISOString()) + minutes * MIN)));
  const s = await submitAttempt(f.participantIds[who], r.data.attemptId, "PARTICIPANT");
  clockBack();
  if (!s.ok) throw new Error(s.error);
  return r.data.attemptId;
}

test("score, duration, missed questions, and no key while an AFTER_CLOSE round runs", async () => {
  const f = await makeFixture();
  const id = await takeAttempt(f, 2, 6);
  const r = await getAttemptResult(id, f.participantIds[0]);
  if (r.kind !== "result") throw new Error(r.kind);
  expect(r.view).toMatchObject({ correctCount: 2, questionCount: 5, durationMs: 6 * MIN, wrongNumbers: [3, 4], unansweredNumbers: [5], review: null, answerReview: "AFTER_CLOSE" });
  expect(JSON.stringify(r.view)).not.toContain("Giải thích");
  expect(await getAttemptResult(id, f.participantIds[1])).toEqual({ kind: "not-found" });
});

test("AFTER_CLOSE shows keys and explanations once the round has closed", async () => {
  const f = await makeFixture({ round: { closesAt: new Date(T0.getTime() + 30 * MIN) } });
  const id = await takeAttempt(f, 3, 5);
  at(30 * MIN + 1);
  const r = await getAttemptResult(id, f.participantIds[0]);
  if (r.kind !== "result" || !r.view.review) throw new Error("no review");
  expect(r.view.review).toHaveLength(5);
  const items = await itemsOf(id);
  r.view.review.forEach((entry, i) => {
    expect(entry.options.filter((o) => o.isCorrect)).toHaveLength(1);
    expect(entry.options.findIndex((o) => o.isCorrect)).toBe(items[i].optionOrder.split(",").map(Number).indexOf(items[i].questionVersion.correctIndex));
    expect(entry.explanation).toMatch(/^Giải thích câu/);
    expect(entry.isCorrect).toBe(i < 3);
  });
  expect(r.view.review[4].options.some((o) => o.isChosen)).toBe(false);
});

test.each([
  ["IMMEDIATELY", 0, true],
  ["NEVER", 0, false],
  ["NEVER", 8 * 24 * 60 * MIN, false],
] as const)("answerReview %s, %i ms after T0: review shown %p", async (answerReview, later, shown) => {
  const f = await makeFixture({ round: { answerReview } });
  const id = await takeAttempt(f, 1, 3);
  at(later);
  const r = await getAttemptResult(id, f.participantIds[0]);
  if (r.kind !== "result") throw new Error(r.kind);
  expect(r.view.review !== null).toBe(shown);
});

test("the counted attempt is the best score, then the earliest submitted", async () => {
  const f = await makeFixture();
  const a1 = await takeAttempt(f, 2, 5);
  at(60 * MIN);
  const a2 = await takeAttempt(f, 3, 9);
  at(120 * MIN);
  const a3 = await takeAttempt(f, 3, 2);
  for (const id of [a1, a2, a3]) {
    const r = await getAttemptResult(id, f.participantIds[0]);
    if (r.kind !== "result") throw new Error(r.kind);
    expect(r.view.counted).toEqual({ attemptId: a2, number: 2, correctCount: 3 });
    expect(r.view.attemptsUsed).toBe(3);
  }
});

test("an attempt still running has no result yet", async () => {
  const f = await makeFixture();
  const r = await startAttempt(caller(f), f.roundId, client);
  if (!r.ok) throw new Error(r.error);
  expect(await getAttemptResult(r.data.attemptId, f.participantIds[0])).toEqual({ kind: "in-progress" });
});

test("the /thi overview: signed out, ready, resume, used up", async () => {
  const f = await makeFixture({ round: { attemptsAllowed: 1 } });
  await db.contest.updateMany({ data: { isFeatured: false } });
  await db.contest.update({ where: { id: f.contestId }, data: { isFeatured: true } });
  const signedOut = await getStartOverview(null);
  expect(signedOut).toMatchObject({ kind: "round", person: null, round: { id: f.roundId, phase: "open", attemptsAllowed: 1 } });
  expect(await getStartOverview(caller(f))).toMatchObject({ person: { attempts: [], inProgressId: null, refusal: null } });
  const s = await startAttempt(caller(f), f.roundId, client);
  if (!s.ok) throw new Error(s.error);
  expect(await getStartOverview(caller(f))).toMatchObject({ person: { inProgressId: s.data.attemptId, refusal: null } });
  at(21 * MIN); // the running attempt expired: the overview closes it and counts it
  const used = await getStartOverview(caller(f));
  expect(used).toMatchObject({ person: { inProgressId: null, refusal: "Bạn đã sử dụng hết 1 lượt thi của đợt này." } });
  const other = await makeFixture();
  expect(await getStartOverview(caller(other))).toMatchObject({ person: { refusal: /cuộc thi khác/ } });
});
