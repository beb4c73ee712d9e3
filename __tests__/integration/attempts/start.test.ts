// Starting an attempt against a real database (SQLite here, PostgreSQL with TEST_DATABASE=postgresql).
import { db } from "@/lib/db";
import { submitAttempt } from "@/lib/attempts/close";
import { parseOptionOrder } from "@/lib/attempts/option-order";
import { clearQuestionPoolCache } from "@/lib/attempts/question-pool";
import { startAttempt } from "@/lib/attempts/start";
import { setRateLimitsDisabled } from "@/lib/security/rate-limit";
import { fixedClock, setClock } from "@/lib/time";
import { caller, client, itemsOf, makeFixture, MIN, T0 } from "./fixtures";

let restoreClock: () => void;
beforeAll(() => {
  setRateLimitsDisabled(true);
  restoreClock = setClock(fixedClock(T0));
});
afterAll(() => {
  restoreClock();
  setRateLimitsDisabled(false);
});
const at = (ms: number) => setClock(fixedClock(new Date(T0.getTime() + ms)));
afterEach(() => setClock(fixedClock(T0)));

test("a start snapshots questionCount distinct current versions with shuffled option orders", async () => {
  const f = await makeFixture({ questions: 12, round: { questionCount: 8 } });
  const r = await startAttempt(caller(f), f.roundId, client);
  if (!r.ok) throw new Error(r.error);
  expect(r.data.resumed).toBe(false);
  const a = await db.attempt.findUniqueOrThrow({ where: { id: r.data.attemptId } });
  expect(a).toMatchObject({ number: 1, status: "IN_PROGRESS", inProgressKey: `${f.participantIds[0]}:${f.roundId}`, participantId: f.participantIds[0] });
  expect(a.startedAt.toISOString()).toBe(T0.toISOString());
  expect(a.deadline.getTime()).toBe(T0.getTime() + 20 * MIN);
  expect(a.ipHash).toMatch(/^[0-9a-f]{32}$/);
  expect(a.ipHash).not.toContain("203.0.113.7");
  const items = await itemsOf(a.id);
  expect(items.map((i) => i.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  expect(new Set(items.map((i) => i.questionVersion.questionId)).size).toBe(8);
  for (const i of items) {
    expect([...parseOptionOrder(i.optionOrder)].sort()).toEqual([0, 1, 2, 3]);
    expect(i.chosenIndex).toBeNull();
    expect(i.isCorrect).toBeNull();
  }
});

test("20 parallel starts make exactly one attempt, and every caller gets it", async () => {
  const f = await makeFixture();
  const results = await Promise.all(Array.from({ length: 20 }, () => startAttempt(caller(f), f.roundId, client)));
  const ids = new Set(results.map((r) => (r.ok ? r.data.attemptId : `fail:${r.error}`)));
  expect(ids.size).toBe(1);
  expect([...ids][0]).not.toMatch(/^fail:/);
  expect(await db.attempt.count({ where: { roundId: f.roundId } })).toBe(1);
  expect(await db.attemptItem.count({ where: { attempt: { roundId: f.roundId } } })).toBe(5);
  expect(results.filter((r) => r.ok && !r.data.resumed).length).toBe(1);
});

test("a second start resumes the attempt in progress", async () => {
  const f = await makeFixture();
  const first = await startAttempt(caller(f), f.roundId, client);
  at(5 * MIN);
  const again = await startAttempt(caller(f), f.roundId, client);
  expect(again).toEqual({ ok: true, data: { attemptId: first.ok ? first.data.attemptId : "", resumed: true } });
});

test("starts beyond the round's limit are refused; numbers count up", async () => {
  const f = await makeFixture({ round: { attemptsAllowed: 2 } });
  for (const n of [1, 2]) {
    const r = await startAttempt(caller(f), f.roundId, client);
    if (!r.ok) throw new Error(r.error);
    expect((await db.attempt.findUniqueOrThrow({ where: { id: r.data.attemptId } })).number).toBe(n);
    expect((await submitAttempt(f.participantIds[0], r.data.attemptId, "PARTICIPANT")).ok).toBe(true);
  }
  const third = await startAttempt(caller(f), f.roundId, client);
  expect(third).toEqual({ ok: false, error: "Bạn đã sử dụng hết 2 lượt thi của đợt này." });
  // Another person is not affected.
  expect((await startAttempt(caller(f, 1), f.roundId, client)).ok).toBe(true);
});

test.each([
  ["not open yet", { opensAt: new Date(T0.getTime() + MIN) }, /chưa mở/],
  ["closed", { closesAt: new Date(T0.getTime() - 1) }, /đã kết thúc/],
])("a round that is %s refuses a start", async (_label, round, message) => {
  const f = await makeFixture({ round });
  const r = await startAttempt(caller(f), f.roundId, client);
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.error).toMatch(message);
  expect(await db.attempt.count({ where: { roundId: f.roundId } })).toBe(0);
});

test("a disqualified person cannot start; a revoked disqualification no longer blocks", async () => {
  const f = await makeFixture();
  const dq = await db.disqualification.create({ data: { roundId: f.roundId, participantId: f.participantIds[0], reason: "Trùng CCCD", createdById: "staff" } });
  const r = await startAttempt(caller(f), f.roundId, client);
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.error).toMatch(/loại khỏi đợt thi/);
  await db.disqualification.update({ where: { id: dq.id }, data: { revokedAt: T0 } });
  expect((await startAttempt(caller(f), f.roundId, client)).ok).toBe(true);
});

test("a participant of another contest cannot start this round", async () => {
  const f = await makeFixture();
  const other = await makeFixture();
  const r = await startAttempt(caller(other), f.roundId, client);
  expect(r.ok).toBe(false);
  expect((await startAttempt(caller(f), "khong-co", client)).ok).toBe(false);
});

test("a start 10 minutes before the round closes gets the close as its deadline", async () => {
  const f = await makeFixture({ round: { closesAt: new Date(T0.getTime() + 10 * MIN) } });
  const r = await startAttempt(caller(f), f.roundId, client);
  if (!r.ok) throw new Error(r.error);
  const a = await db.attempt.findUniqueOrThrow({ where: { id: r.data.attemptId } });
  expect(a.deadline.toISOString()).toBe(new Date(T0.getTime() + 10 * MIN).toISOString());
});

test("an expired attempt found at start is closed lazily, then a new one starts", async () => {
  const f = await makeFixture();
  const first = await startAttempt(caller(f), f.roundId, client);
  if (!first.ok) throw new Error(first.error);
  at(20 * MIN + 11_000); // past deadline + 10 s grace
  const second = await startAttempt(caller(f), f.roundId, client);
  if (!second.ok) throw new Error(second.error);
  expect(second.data).toMatchObject({ resumed: false });
  expect(second.data.attemptId).not.toBe(first.data.attemptId);
  const closed = await db.attempt.findUniqueOrThrow({ where: { id: first.data.attemptId } });
  expect(closed).toMatchObject({ status: "SUBMITTED", submitSource: "LAZY_CLOSE", inProgressKey: null, correctCount: 0, durationMs: 20 * MIN });
  expect((await db.attempt.findUniqueOrThrow({ where: { id: second.data.attemptId } })).number).toBe(2);
});

test("only ACTIVE questions and their current version are drawn", async () => {
  const f = await makeFixture({ questions: 12, round: { questionCount: 6 } });
  const archived = f.questionIds.slice(0, 6);
  await db.question.updateMany({ where: { id: { in: archived } }, data: { status: "ARCHIVED" } });
  const edited = f.questionIds[6];
  const v2 = await db.questionVersion.create({ data: { questionId: edited, version: 2, text: "Bản sửa", options: ["a", "b", "c", "d"], correctIndex: 1 } });
  await db.question.update({ where: { id: edited }, data: { currentVersion: 2 } });
  clearQuestionPoolCache();
  const r = await startAttempt(caller(f), f.roundId, client);
  if (!r.ok) throw new Error(r.error);
  const items = await itemsOf(r.data.attemptId);
  // Exactly the 6 active questions remain, so all of them are drawn.
  expect(items.map((i) => i.questionVersion.questionId).sort()).toEqual(f.questionIds.slice(6).sort());
  expect(items.find((i) => i.questionVersion.questionId === edited)?.questionVersionId).toBe(v2.id);
});

test("per-document quotas are honoured", async () => {
  const f = await makeFixture({ questions: 12, participants: 5, round: { questionCount: 5 } });
  await db.round.update({ where: { id: f.roundId }, data: { documentQuotas: { [f.documentIds[0]]: 4 } } });
  for (let p = 0; p < 5; p++) {
    const r = await startAttempt(caller(f, p), f.roundId, client);
    if (!r.ok) throw new Error(r.error);
    const items = await db.attemptItem.findMany({
      where: { attemptId: r.data.attemptId },
      select: { questionVersion: { select: { question: { select: { documentId: true } } } } },
    });
    const fromFirst = items.filter((i) => i.questionVersion.question.documentId === f.documentIds[0]).length;
    expect(fromFirst).toBe(4);
    expect(items).toHaveLength(5);
  }
});

test("a bank too small for the paper refuses with a reason and writes nothing", async () => {
  const f = await makeFixture({ questions: 4, round: { questionCount: 5 } });
  const r = await startAttempt(caller(f), f.roundId, client);
  expect(r).toEqual({ ok: false, error: "Ngân hàng câu hỏi của đợt thi chưa đủ để tạo đề thi. Vui lòng liên hệ Ban Tổ chức." });
  expect(await db.attempt.count({ where: { roundId: f.roundId } })).toBe(0);
});

test("starts are rate-limited per IP address", async () => {
  const f = await makeFixture();
  setRateLimitsDisabled(false);
  try {
    const ip = { ip: "198.51.100.9", userAgent: "jest" };
    const results = [];
    for (let i = 0; i < 121; i++) results.push(await startAttempt(caller(f), f.roundId, ip));
    expect(results.slice(0, 120).every((r) => r.ok)).toBe(true);
    const last = results[120];
    expect(last.ok).toBe(false);
    if (!last.ok) expect(last.error).toMatch(/thử lại sau/);
  } finally {
    setRateLimitsDisabled(true);
  }
});
