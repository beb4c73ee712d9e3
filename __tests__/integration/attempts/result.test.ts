// The result page's data, the answer-review setting, the counted attempt, regrade notes, and the
// /thi overview.
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
    await saveAnswer(f.participantIds[who], {
      attemptId: r.data.attemptId,
      position: item.position,
      token: optionToken(r.data.attemptId, item.position, optionIndex),
    });
  }
  const clockBack = setClock(
    fixedClock(new Date(Date.parse((await db.attempt.findUniqueOrThrow({ where: { id: r.data.attemptId } })).startedAt.toISOString()) + minutes * MIN)),
  );
  const s = await submitAttempt(f.participantIds[who], r.data.attemptId, "PARTICIPANT");
  clockBack();
  if (!s.ok) throw new Error(s.error);
  return r.data.attemptId;
}

async function resultOf(id: string, participantId: string) {
  const r = await getAttemptResult(id, participantId);
  if (r.kind !== "result") throw new Error(r.kind);
  return r.view;
}

test("while an AFTER_CLOSE round runs: score, duration and prediction only, nothing per question", async () => {
  const f = await makeFixture();
  const id = await takeAttempt(f, 2, 6);
  await db.attempt.update({ where: { id }, data: { prediction: 1500 } });
  const view = await resultOf(id, f.participantIds[0]);
  expect(view).toMatchObject({
    correctCount: 2,
    questionCount: 5,
    droppedCount: 0,
    durationMs: 6 * MIN,
    prediction: 1500,
    review: null,
    regrade: null,
    answerReview: "AFTER_CLOSE",
  });
  // With the person's own choices, "question 3 was wrong" gives away the key of the others.
  expect(view.wrongNumbers).toBeNull();
  expect(view.unansweredNumbers).toBeNull();
  const json = JSON.stringify(view);
  expect(json).not.toContain("Giải thích");
  expect(json).not.toContain("Câu hỏi số");
  expect(json).not.toContain("phương án");
  expect(await getAttemptResult(id, f.participantIds[1])).toEqual({ kind: "not-found" });
});

test("AFTER_CLOSE after the close, and IMMEDIATELY at once, list the missed questions", async () => {
  const f = await makeFixture({ round: { closesAt: new Date(T0.getTime() + 30 * MIN) } });
  const id = await takeAttempt(f, 2, 6);
  expect((await resultOf(id, f.participantIds[0])).wrongNumbers).toBeNull();
  at(30 * MIN + 1);
  expect(await resultOf(id, f.participantIds[0])).toMatchObject({ wrongNumbers: [3, 4], unansweredNumbers: [5] });

  const g = await makeFixture({ round: { answerReview: "IMMEDIATELY" } });
  const other = await takeAttempt(g, 1, 3);
  expect(await resultOf(other, g.participantIds[0])).toMatchObject({ wrongNumbers: [2, 3, 4], unansweredNumbers: [5] });
});

test("NEVER: nothing per question, before or long after the close", async () => {
  const f = await makeFixture({ round: { answerReview: "NEVER", closesAt: new Date(T0.getTime() + 30 * MIN) } });
  const id = await takeAttempt(f, 2, 6);
  for (const later of [0, 8 * 24 * 60 * MIN]) {
    at(later);
    expect(await resultOf(id, f.participantIds[0])).toMatchObject({
      correctCount: 2,
      questionCount: 5,
      wrongNumbers: null,
      unansweredNumbers: null,
      review: null,
    });
  }
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

describe("regrade notes", () => {
  const DECIDED = new Date("2026-12-02T02:00:00.000Z"); // 02/12/2026 in Vietnam
  const REGRADED = new Date("2026-12-02T03:00:00.000Z");

  /** What applying a regrade leaves behind (the regrade engine is another module): the row, the item, the attempt. */
  async function applyRegrade(
    f: Fixture,
    attemptId: string,
    position: number,
    mode: "NEW_KEY" | "ALL_CORRECT" | "DROP",
    opts: {
      correctIndex?: number;
      status?: "APPLIED" | "PROPOSED" | "REJECTED" | "SUPERSEDED";
      isCorrect?: boolean | null;
      correctCount?: number;
      reason?: string;
    } = {},
  ) {
    const item = (await itemsOf(attemptId))[position];
    const status = opts.status ?? "APPLIED";
    await db.regrade.create({
      data: {
        roundId: f.roundId,
        questionVersionId: item.questionVersionId,
        mode,
        correctIndex: opts.correctIndex ?? null,
        status,
        reason: opts.reason ?? `Lý do ${mode}`,
        proposedById: "staff-jury",
        proposedAt: T0,
        decidedById: status === "PROPOSED" ? null : "staff-admin",
        decidedAt: status === "PROPOSED" ? null : DECIDED,
        activeKey: status === "APPLIED" ? `${f.roundId}:${item.questionVersionId}` : null,
      },
    });
    if (status !== "APPLIED") return item;
    if (opts.isCorrect !== undefined)
      await db.attemptItem.update({ where: { attemptId_position: { attemptId, position } }, data: { isCorrect: opts.isCorrect } });
    await db.attempt.update({
      where: { id: attemptId },
      data: { regradedAt: REGRADED, ...(opts.correctCount !== undefined ? { correctCount: opts.correctCount } : {}) },
    });
    return item;
  }

  test("before review: the date and what happened, without the question number; a dropped question leaves the denominator", async () => {
    const f = await makeFixture();
    const id = await takeAttempt(f, 2, 6);
    // Position 0 was answered right; dropping it takes it out of the score: 1/4.
    await applyRegrade(f, id, 0, "DROP", { isCorrect: null, correctCount: 1, reason: "Câu hỏi dựa trên văn bản đã hết hiệu lực" });
    const view = await resultOf(id, f.participantIds[0]);
    expect(view).toMatchObject({ correctCount: 1, questionCount: 4, droppedCount: 1, wrongNumbers: null, review: null });
    expect(view.regrade).toEqual({ regradedAt: REGRADED, notes: [{ number: null, mode: "DROP", reason: "Câu hỏi dựa trên văn bản đã hết hiệu lực" }] });
  });

  test("once review is allowed: the question is named, the dropped one is neither wrong nor missed, NEW_KEY shows the corrected key", async () => {
    const f = await makeFixture({ round: { closesAt: new Date(T0.getTime() + 30 * MIN) } });
    const id = await takeAttempt(f, 2, 6);
    const dropped = await applyRegrade(f, id, 2, "DROP", { isCorrect: null, correctCount: 2 });
    // Position 3 was answered (correctIndex + 1) % 4: the corrected key makes that answer right.
    const rekeyed = (await itemsOf(id))[3];
    const newKey = (rekeyed.questionVersion.correctIndex + 1) % 4;
    await applyRegrade(f, id, 3, "NEW_KEY", { correctIndex: newKey, isCorrect: true, correctCount: 3 });
    at(30 * MIN + 1);
    const view = await resultOf(id, f.participantIds[0]);
    expect(view).toMatchObject({ correctCount: 3, questionCount: 4, droppedCount: 1, wrongNumbers: [], unansweredNumbers: [5] });
    expect(view.regrade?.notes).toEqual([
      { number: 3, mode: "DROP", reason: "Lý do DROP" },
      { number: 4, mode: "NEW_KEY", reason: "Lý do NEW_KEY" },
    ]);
    expect(dropped.position).toBe(2);
    const review = view.review!;
    expect(review[2]).toMatchObject({ isCorrect: null, regradeMode: "DROP" });
    expect(review[2].options.some((o) => o.isCorrect)).toBe(false);
    expect(review[3]).toMatchObject({ isCorrect: true, regradeMode: "NEW_KEY" });
    const order = rekeyed.optionOrder.split(",").map(Number);
    expect(review[3].options.findIndex((o) => o.isCorrect)).toBe(order.indexOf(newKey));
    expect(review[3].options.findIndex((o) => o.isChosen)).toBe(order.indexOf(newKey));
    expect(review[0].regradeMode).toBeNull();
  });

  test("an attempt marked regraded shows the note even without an applied row; proposed, rejected, superseded or other-round regrades show nothing", async () => {
    const f = await makeFixture();
    const id = await takeAttempt(f, 2, 6);
    await applyRegrade(f, id, 0, "ALL_CORRECT", { status: "PROPOSED" });
    await applyRegrade(f, id, 1, "DROP", { status: "REJECTED" });
    await applyRegrade(f, id, 2, "NEW_KEY", { status: "SUPERSEDED", correctIndex: 0 });
    // The same question version applied in another round of the same bank.
    const item = (await itemsOf(id))[3];
    const otherRound = await db.round.create({
      data: {
        contestId: f.contestId,
        number: 2,
        name: "Quý 3",
        opensAt: T0,
        closesAt: new Date(T0.getTime() + MIN),
        awardYear: 2026,
        awardMonth: 9,
        prizeTiers: [],
        predictionQuestion: "?",
      },
    });
    await db.regrade.create({
      data: {
        roundId: otherRound.id,
        questionVersionId: item.questionVersionId,
        mode: "DROP",
        reason: "Vòng khác",
        status: "APPLIED",
        activeKey: `${otherRound.id}:${item.questionVersionId}`,
        proposedById: "s",
        proposedAt: T0,
        decidedAt: DECIDED,
      },
    });
    expect((await resultOf(id, f.participantIds[0])).regrade).toBeNull();

    await db.attempt.update({ where: { id }, data: { regradedAt: REGRADED } });
    expect((await resultOf(id, f.participantIds[0])).regrade).toEqual({ regradedAt: REGRADED, notes: [] });
  });

  test("an applied regrade of one of its questions shows the note even before the attempt was re-scored, dated by the decision", async () => {
    const f = await makeFixture({ round: { answerReview: "NEVER" } });
    const id = await takeAttempt(f, 2, 6);
    const item = (await itemsOf(id))[1];
    await db.regrade.create({
      data: {
        roundId: f.roundId,
        questionVersionId: item.questionVersionId,
        mode: "ALL_CORRECT",
        reason: "Hai phương án cùng đúng",
        status: "APPLIED",
        activeKey: `${f.roundId}:${item.questionVersionId}`,
        proposedById: "s",
        proposedAt: T0,
        decidedAt: DECIDED,
      },
    });
    const view = await resultOf(id, f.participantIds[0]);
    expect(view.regrade).toEqual({ regradedAt: DECIDED, notes: [{ number: null, mode: "ALL_CORRECT", reason: "Hai phương án cùng đúng" }] });
    expect(view.wrongNumbers).toBeNull();
  });
});
