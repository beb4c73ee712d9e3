// Issue 13 point 1: an attempt nobody submitted never vanishes from the results. The winners
// computation and the scheduler close abandoned attempts first (lib/attempts/sweep.ts), exactly as
// the lazy close would: answers saved by the deadline count, submitted at the deadline.
import { POST } from "@/app/api/cron/quarterly-winners/route";
import { db } from "@/lib/db";
import { sweepExpiredAttempts } from "@/lib/attempts/sweep";
import { fixedClock, setClock } from "@/lib/time";
import { computeRoundWinners } from "@/lib/winners/compute";
import { insertAttempts, makeQuestionVersions, type ItemSpec } from "../attempts/sweep-fixtures";
import { makeAttempts, makeContest, makeParticipants, makeRound } from "./fixtures";

const actor = { type: "SYSTEM" as const, name: "test" };
const NOW = new Date("2023-03-20T03:00:00.000Z"); // 20/03/2023 10:00 in Vietnam: Q1's award month
const tiers = [
  { code: "NHAT", name: "Giải Nhất", count: 1 },
  { code: "NHI", name: "Giải Nhì", count: 1 },
  { code: "BA", name: "Giải Ba", count: 1 },
];

/** 20 items answered with the key, each saved `savedAt(position)`. */
function answered(versions: { id: string; correctIndex: number }[], savedAt: (position: number) => Date): ItemSpec[] {
  return versions.map((v, position) => ({ versionId: v.id, chosenIndex: v.correctIndex, savedAt: savedAt(position) }));
}

function roundRows(roundId: string) {
  return db.attempt.findMany({ where: { roundId }, orderBy: { id: "asc" }, include: { items: { orderBy: { position: "asc" } } } });
}

test("an abandoned 20/20 attempt wins the first prize, its participant counts in the true value, and a rerun changes nothing", async () => {
  setClock(fixedClock(NOW));
  const contest = await makeContest();
  const round = await makeRound(contest.id, { number: 1, prizeTiers: tiers });
  const versions = await makeQuestionVersions(contest.id, 20);
  const [x, y, z, lost, late, still] = await makeParticipants(contest.id, [{}, {}, {}, {}, {}, {}]);
  const submittedAt = new Date("2023-03-10T02:00:00.000Z");
  // Three submitted attempts of 19, 19 and 18: x predicts the head count without the abandoned
  // two (3), y with them (5).
  await makeAttempts(round.id, [
    { participantId: x.id, correctCount: 19, prediction: 3, durationMs: 300_000, submittedAt },
    { participantId: y.id, correctCount: 19, prediction: 5, durationMs: 400_000, submittedAt },
    { participantId: z.id, correctCount: 18, prediction: 5, durationMs: 100_000, submittedAt },
  ]);
  const submittedBefore = new Set(
    (await db.attempt.findMany({ where: { roundId: round.id, status: "SUBMITTED" }, select: { participantId: true } })).map((a) => a.participantId),
  ).size;
  expect(submittedBefore).toBe(3);

  const startedAt = new Date("2023-03-16T07:20:55.192Z");
  const deadline = new Date("2023-03-16T07:40:55.192Z");
  const [lostId, lateId, stillId] = await insertAttempts(round.id, [
    // Lost the phone after answering everything, the last answer exactly at the deadline (it counts).
    { participantId: lost.id, startedAt, deadline, prediction: 1000, items: answered(versions, (p) => new Date(deadline.getTime() - (19 - p) * 1000)) },
    // All 20 chosen right, but the last save landed 1 ms after the deadline: it does not count.
    {
      participantId: late.id,
      startedAt,
      deadline,
      prediction: 1000,
      items: answered(versions, (p) => new Date(deadline.getTime() + (p === 19 ? 1 : -60_000))),
    },
    // Deadline 5 s ago with a 10 s grace: a submit may still arrive, so it is not closed.
    {
      participantId: still.id,
      startedAt: new Date(NOW.getTime() - 1_200_000 - 5000),
      deadline: new Date(NOW.getTime() - 5000),
      items: answered(versions, () => new Date(NOW.getTime() - 60_000)),
    },
  ]);

  const first = await computeRoundWinners(round.id, { kind: "PROVISIONAL", computedBy: "test", actor });
  expect(first.created).toBe(true);
  expect(first.computation.prizes.map((p) => [p.tier, p.participantId])).toEqual([
    ["NHAT", lost.id],
    ["NHI", y.id],
    ["BA", x.id],
  ]);
  // Rule 5: PARTICIPANTS counts the two abandoned attempts' people, not the one still in grace.
  expect(first.computation.trueValue).toBe(submittedBefore + 2);
  expect(first.computation).toMatchObject({ participantCount: 5, entryCount: 5, attemptCount: 5 });

  const closed = await db.attempt.findUniqueOrThrow({ where: { id: lostId } });
  expect(closed).toMatchObject({
    status: "SUBMITTED",
    inProgressKey: null,
    submitSource: "LAZY_CLOSE",
    graceUsedMs: null,
    durationMs: 1_200_000,
    correctCount: 20,
  });
  expect(closed.submittedAt?.toISOString()).toBe(deadline.toISOString());
  const lateItems = await db.attemptItem.findMany({ where: { attemptId: lateId }, orderBy: { position: "asc" }, select: { isCorrect: true } });
  expect(lateItems.map((i) => i.isCorrect)).toEqual([...Array(19).fill(true), false]);
  expect((await db.attempt.findUniqueOrThrow({ where: { id: lateId } })).correctCount).toBe(19);
  const inGrace = await db.attempt.findUniqueOrThrow({ where: { id: stillId }, include: { items: true } });
  expect(inGrace).toMatchObject({ status: "IN_PROGRESS", inProgressKey: `${still.id}:${round.id}`, submittedAt: null, correctCount: null });
  expect(inGrace.items.every((i) => i.isCorrect === null)).toBe(true);
  const entries = await db.rankingEntry.findMany({ where: { computationId: first.computation.id }, orderBy: { rank: "asc" }, select: { participantId: true } });
  expect(entries.map((e) => e.participantId)).not.toContain(still.id);

  const rows = await roundRows(round.id);
  const again = await computeRoundWinners(round.id, { kind: "PROVISIONAL", computedBy: "test", actor });
  expect(again.created).toBe(false);
  expect(again.computation.id).toBe(first.computation.id);
  expect(await roundRows(round.id)).toEqual(rows);
  expect(await sweepExpiredAttempts(round.id)).toBe(0);
});

test("the sweep closes each expired attempt once: the second call closes nothing and changes no row", async () => {
  setClock(fixedClock(NOW));
  const contest = await makeContest();
  const round = await makeRound(contest.id, { number: 1 });
  const versions = await makeQuestionVersions(contest.id, 20);
  const people = await makeParticipants(contest.id, [{}, {}, {}]);
  const deadline = new Date("2023-03-19T23:59:59.999Z");
  await insertAttempts(
    round.id,
    people.map((p, k) => ({
      participantId: p.id,
      startedAt: new Date(deadline.getTime() - 600_001 - k),
      deadline,
      items: answered(versions.slice(0, 5 + k), () => deadline),
    })),
  );
  expect(await sweepExpiredAttempts(round.id)).toBe(3);
  const rows = await roundRows(round.id);
  expect(rows.map((r) => [r.correctCount, r.durationMs])).toEqual(
    expect.arrayContaining([
      [5, 600_001],
      [6, 600_002],
      [7, 600_003],
    ]),
  );
  expect(await sweepExpiredAttempts(round.id)).toBe(0);
  expect(await roundRows(round.id)).toEqual(rows);
});

test("the scheduler sweeps an open round outside its award month, and leaves a draft round alone", async () => {
  process.env.CRON_SECRET = "lich-chay-hang-quy";
  const at = new Date("2023-05-10T03:00:00.000Z"); // May: no round's award month
  setClock(fixedClock(at));
  const contest = await makeContest();
  const open = await makeRound(contest.id, { number: 2, from: "01/04/2023", to: "30/6/2023" });
  const draft = await makeRound(contest.id, { number: 3, from: "01/04/2023", to: "30/6/2023" });
  await db.round.update({ where: { id: draft.id }, data: { status: "DRAFT" } });
  const versions = await makeQuestionVersions(contest.id, 20);
  const [p, q] = await makeParticipants(contest.id, [{}, {}]);
  const deadline = new Date("2023-05-01T01:00:00.000Z");
  const abandoned = (participantId: string) => ({
    participantId,
    startedAt: new Date(deadline.getTime() - 1_200_000),
    deadline,
    items: answered(versions, () => deadline),
  });
  const [openId] = await insertAttempts(open.id, [abandoned(p.id), abandoned(q.id)]);
  const [draftId] = await insertAttempts(draft.id, [abandoned(p.id)]);

  const res = await POST(
    new Request("http://localhost/api/cron/quarterly-winners", { method: "POST", headers: { authorization: "Bearer lich-chay-hang-quy" } }),
  );
  expect(res.status).toBe(200);
  const body = await res.json();
  expect(body).toMatchObject({ awardMonth: "05/2023", due: 0, rounds: [] });
  expect(body.swept).toContainEqual({ roundId: open.id, closed: 2 });
  expect(body.swept.map((s: { roundId: string }) => s.roundId)).not.toContain(draft.id);
  expect(await db.attempt.findUniqueOrThrow({ where: { id: openId } })).toMatchObject({
    status: "SUBMITTED",
    submitSource: "LAZY_CLOSE",
    correctCount: 20,
    durationMs: 1_200_000,
  });
  expect((await db.attempt.findUniqueOrThrow({ where: { id: draftId } })).status).toBe("IN_PROGRESS");
  expect(await db.winnerComputation.count({ where: { roundId: open.id } })).toBe(0);
});
