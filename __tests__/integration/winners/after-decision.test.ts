// docs/FAIRNESS.md §6: a jury decision outside the award month still updates a round that already
// has a computation (recomputed with the decision as its reason); it never makes a first
// computation outside the award month, and the scheduler cannot use it.
jest.mock("next/cache", () => ({ revalidatePath: jest.fn(), revalidateTag: jest.fn() }));

import { setSessionForTests } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { fixedClock, setClock } from "@/lib/time";
import { approveWinnersAction, disqualifyParticipantAction, overrideTrueValueAction, recomputeWinnersAction } from "@/lib/winners/actions";
import { getLatestComputation } from "@/lib/winners/queries";
import { pendingDecision, runRoundWinners } from "@/lib/winners/run";
import { asStaffSession, makeStaff } from "./fixtures";
import { makeContest2023 } from "./scenario";

let scenario: Awaited<ReturnType<typeof makeContest2023>>;
let jury: Awaited<ReturnType<typeof makeStaff>>;
let q1: string;
let q2: string;

beforeAll(async () => {
  setClock(fixedClock("2023-01-10T03:00:00Z"));
  scenario = await makeContest2023();
  [q1, q2] = [scenario.rounds[0].id, scenario.rounds[1].id];
  jury = await makeStaff("JURY");
  // Q1's final ranking, computed in its award month (March 2023).
  setClock(fixedClock("2023-03-31T05:00:00Z"));
  setSessionForTests(asStaffSession(jury));
  expect((await recomputeWinnersAction({ roundId: q1 })).ok).toBe(true);
});

beforeEach(() => {
  setSessionForTests(asStaffSession(jury));
  setClock(fixedClock("2023-04-05T03:00:00Z")); // April: outside Q1's award month
});

test("without a new decision, a juror's recompute outside the award month is refused and stores nothing", async () => {
  expect(await pendingDecision(q1)).toBeNull();
  const before = await db.winnerComputation.count();
  const r = await recomputeWinnersAction({ roundId: q1, afterDecision: true });
  expect(r).toEqual({ ok: false, error: expect.stringContaining("Chỉ được tính kết quả trong tháng xét giải") });
  expect(await db.winnerComputation.count()).toBe(before);
});

test("disqualifying the first-prize winner in April recomputes the final list with the decision as its reason", async () => {
  const original = (await getLatestComputation(q1))!;
  const first = original.prizes.find((p) => p.tier === "NHAT")!;
  const person = scenario.people.find((p) => p.id === first.participantId)!;
  const r = await disqualifyParticipantAction({ roundId: q1, participantId: first.participantId, reason: "Trùng CCCD với tài khoản khác" });
  expect(r).toEqual({ ok: true, data: { message: "Đã loại thí sinh khỏi đợt thi. Đã tính lại kết quả chính thức." } });
  const latest = (await getLatestComputation(q1))!;
  expect(latest.id).not.toBe(original.id);
  expect(latest.kind).toBe("FINAL");
  expect(latest.forced).toBe(true);
  expect(latest.forceReason).toBe(`Tính lại sau quyết định của Ban Giám khảo: loại thí sinh ${person.fullName} (Trùng CCCD với tài khoản khác)`);
  expect(latest.prizes.map((p) => p.participantId)).not.toContain(first.participantId);
  const entry = await db.auditLog.findFirst({ where: { action: "winners.compute.forced", entityId: q1 }, orderBy: { id: "desc" } });
  expect(entry?.reason).toBe(latest.forceReason);
  expect(entry?.actorName).toBe(jury.username);
  // Nothing is pending any more, and the recomputed list can be approved.
  expect(await pendingDecision(q1)).toBeNull();
  expect((await approveWinnersAction({ roundId: q1, computationId: latest.id })).ok).toBe(true);
  await db.round.update({ where: { id: q1 }, data: { status: "OPEN" } });
  await db.award.deleteMany({ where: { roundId: q1 } });
});

test("a true-value override in April is a decision too", async () => {
  const before = (await getLatestComputation(q1))!;
  const r = await overrideTrueValueAction({ roundId: q1, value: 5, reason: "Đếm lại theo biên bản" });
  expect(r.ok && r.data.message).toContain("Đã tính lại kết quả chính thức.");
  const latest = (await getLatestComputation(q1))!;
  expect(latest.id).not.toBe(before.id);
  expect(latest.trueValue).toBe(5);
  expect(latest.forceReason).toBe("Tính lại sau quyết định của Ban Giám khảo: điều chỉnh giá trị đúng của câu hỏi dự đoán (Đếm lại theo biên bản)");
});

test("a round never computed gets no first computation from a decision outside its award month", async () => {
  const r = await disqualifyParticipantAction({ roundId: q2, participantId: scenario.people[3].id, reason: "Khai báo sai thông tin" });
  expect(r.ok && r.data.message).toContain("Chưa tính lại kết quả: Chỉ được tính kết quả trong tháng xét giải");
  expect(await db.winnerComputation.count({ where: { roundId: q2 } })).toBe(0);
  expect(await pendingDecision(q2)).toBeNull();
});

test("the scheduler cannot recompute outside the award month on a decision's account", async () => {
  await db.disqualification.create({
    data: { roundId: q1, participantId: scenario.people[5].id, reason: "Gian lận", createdById: jury.id, createdAt: new Date("2023-04-05T04:00:00Z") },
  });
  setClock(fixedClock("2023-04-05T05:00:00Z"));
  expect(await pendingDecision(q1)).toContain("loại thí sinh");
  const r = await runRoundWinners(q1, { kind: "cron" }, { afterDecision: true });
  expect(r).toMatchObject({ ok: false, code: "OUTSIDE_AWARD_MONTH" });
});
