// The jury's server actions: disqualify/reinstate → recompute, override the true value, approve, publish.
jest.mock("next/cache", () => ({ revalidatePath: jest.fn(), revalidateTag: jest.fn() }));

import { revalidatePath } from "next/cache";
import { setSessionForTests } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { fixedClock, setClock } from "@/lib/time";
import {
  approveWinnersAction,
  disqualifyParticipantAction,
  overrideTrueValueAction,
  publishWinnersAction,
  recomputeWinnersAction,
  reinstateParticipantAction,
} from "@/lib/winners/actions";
import { getLatestComputation } from "@/lib/winners/queries";
import { asStaffSession, makeStaff } from "./fixtures";
import { makeContest2023 } from "./scenario";

let scenario: Awaited<ReturnType<typeof makeContest2023>>;
let jury: Awaited<ReturnType<typeof makeStaff>>;
let q1: string;

beforeAll(async () => {
  setClock(fixedClock("2023-01-10T03:00:00Z"));
  scenario = await makeContest2023();
  q1 = scenario.rounds[0].id;
  jury = await makeStaff("JURY");
});

beforeEach(() => setSessionForTests(asStaffSession(jury)));

const winnerAt = async (tier: string) => (await getLatestComputation(q1))!.prizes.find((p) => p.tier === tier)!;

test("only jury and admin may act", async () => {
  setClock(fixedClock("2023-03-31T05:00:00Z"));
  for (const session of [null, asStaffSession(await makeStaff("EDITOR")), asStaffSession(await makeStaff("SECRETARY"))]) {
    setSessionForTests(session);
    for (const action of [recomputeWinnersAction, publishWinnersAction]) {
      const r = await action({ roundId: q1 });
      expect(r.ok).toBe(false);
    }
    expect((await disqualifyParticipantAction({ roundId: q1, participantId: scenario.people[1].id, reason: "Trùng người dự thi" })).ok).toBe(false);
  }
  expect(await db.disqualification.count()).toBe(0);
  expect(await db.winnerComputation.count()).toBe(0);
});

test("approval needs a final computation: provisional standings during the round cannot be approved", async () => {
  setClock(fixedClock("2023-03-20T05:00:00Z"));
  const r = await recomputeWinnersAction({ roundId: q1 });
  expect(r).toEqual({ ok: true, data: { message: "Đã tính lại kết quả tạm thời." } });
  const provisional = (await getLatestComputation(q1))!;
  const approve = await approveWinnersAction({ roundId: q1, computationId: provisional.id });
  expect(approve.ok).toBe(false);
  expect(await db.award.count()).toBe(0);
});

test("disqualifying a winner needs a reason, is audited and recomputes; reinstating restores the same computation", async () => {
  setClock(fixedClock("2023-03-31T05:00:00Z"));
  await recomputeWinnersAction({ roundId: q1 });
  const original = (await getLatestComputation(q1))!;
  expect(original.kind).toBe("FINAL");
  const first = await winnerAt("NHAT");

  const noReason = await disqualifyParticipantAction({ roundId: q1, participantId: first.participantId, reason: " " });
  expect(noReason.ok).toBe(false);
  if (!noReason.ok) expect(noReason.fieldErrors?.reason?.[0]).toMatch(/lý do/);

  const reason = "Cùng một người dùng hai tài khoản (trùng số điện thoại)";
  const dq = await disqualifyParticipantAction({ roundId: q1, participantId: first.participantId, reason });
  expect(dq).toEqual({ ok: true, data: { message: "Đã loại thí sinh khỏi đợt thi. Đã tính lại kết quả chính thức." } });
  expect(await db.disqualification.findFirst({ where: { participantId: first.participantId, revokedAt: null } })).toMatchObject({
    reason,
    createdById: jury.id,
  });
  expect(await db.auditLog.findFirst({ where: { action: "round.disqualify", entityId: first.participantId } })).toMatchObject({ reason, actorId: jury.id });
  const after = (await getLatestComputation(q1))!;
  expect(after.id).not.toBe(original.id);
  expect(after.prizes.map((p) => p.participantId)).not.toContain(first.participantId);
  const entry = await db.rankingEntry.findFirstOrThrow({ where: { computationId: after.id, participantId: first.participantId } });
  expect(entry.excludedReason).toBe("DISQUALIFIED");

  expect((await disqualifyParticipantAction({ roundId: q1, participantId: first.participantId, reason })).ok).toBe(false);

  const back = await reinstateParticipantAction({ roundId: q1, participantId: first.participantId, reason: "Đã xác minh: hai người khác nhau" });
  expect(back.ok).toBe(true);
  expect(await db.disqualification.count({ where: { participantId: first.participantId, revokedAt: null } })).toBe(0);
  const restored = (await getLatestComputation(q1))!;
  expect(restored.id).toBe(original.id);
  expect((await winnerAt("NHAT")).participantId).toBe(first.participantId);
});

test("overriding the true prediction value is audited and changes the ranking's distances", async () => {
  setClock(fixedClock("2023-03-31T06:00:00Z"));
  const r = await overrideTrueValueAction({ roundId: q1, value: 30, reason: "Số liệu hệ thống tính thiếu một đơn vị thi tập trung" });
  expect(r.ok).toBe(true);
  const latest = (await getLatestComputation(q1))!;
  expect(latest.trueValue).toBe(30);
  expect(await db.auditLog.findFirst({ where: { action: "round.true-value.override", entityId: q1 } })).toMatchObject({
    reason: expect.stringContaining("Số liệu"),
  });
  expect((await overrideTrueValueAction({ roundId: q1, value: -1, reason: "Giá trị âm" })).ok).toBe(false);
  const cleared = await overrideTrueValueAction({ roundId: q1, value: null, reason: "Bỏ điều chỉnh sau khi kiểm tra lại" });
  expect(cleared.ok).toBe(true);
  expect((await getLatestComputation(q1))!.trueValue).toBe(14);
});

test("approve the final list (awards in one transaction), then publish; nothing changes after approval", async () => {
  setClock(fixedClock("2023-03-31T07:00:00Z"));
  const latest = (await getLatestComputation(q1))!;
  expect((await publishWinnersAction({ roundId: q1 })).ok).toBe(false); // not approved yet
  expect((await approveWinnersAction({ roundId: q1, computationId: "cu-hon" })).ok).toBe(false); // stale list

  const ok = await approveWinnersAction({ roundId: q1, computationId: latest.id });
  expect(ok).toEqual({ ok: true, data: { message: "Đã phê duyệt danh sách 10 người đoạt giải." } });
  const awards = await db.award.findMany({ where: { roundId: q1 }, orderBy: { rank: "asc" } });
  expect(awards.map((a) => a.tierCode)).toEqual(["NHAT", "NHI", "NHI", "BA", "BA", "BA", "KHUYEN_KHICH", "KHUYEN_KHICH", "KHUYEN_KHICH", "KHUYEN_KHICH"]);
  expect(awards.every((a) => a.computationId === latest.id)).toBe(true);
  expect(await db.round.findUniqueOrThrow({ where: { id: q1 } })).toMatchObject({ status: "APPROVED", approvedById: jury.id });
  expect(await db.auditLog.count({ where: { action: "round.approve-winners", entityId: q1 } })).toBe(1);

  expect((await approveWinnersAction({ roundId: q1, computationId: latest.id })).ok).toBe(false);
  expect((await disqualifyParticipantAction({ roundId: q1, participantId: awards[0].participantId, reason: "Quá muộn để loại" })).ok).toBe(false);
  expect((await recomputeWinnersAction({ roundId: q1 })).ok).toBe(false);

  const published = await publishWinnersAction({ roundId: q1 });
  expect(published.ok).toBe(true);
  expect(await db.round.findUniqueOrThrow({ where: { id: q1 } })).toMatchObject({ status: "PUBLISHED" });
  expect(revalidatePath).toHaveBeenCalledWith("/ket-qua");
  expect((await publishWinnersAction({ roundId: q1 })).ok).toBe(false);
});

test("approval is refused when a winner was disqualified after the last computation", async () => {
  setClock(fixedClock("2023-12-05T03:00:00Z"));
  const q4 = scenario.rounds[3].id;
  await recomputeWinnersAction({ roundId: q4 });
  const computed = (await getLatestComputation(q4))!;
  // Written directly, as if the automatic recompute had been refused (e.g. outside the award month).
  await db.disqualification.create({ data: { roundId: q4, participantId: computed.prizes[0].participantId, reason: "Gian lận", createdById: jury.id } });
  const r = await approveWinnersAction({ roundId: q4, computationId: computed.id });
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.error).toMatch(/tính lại/);
});
