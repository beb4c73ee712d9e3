// Certificate numbering: award order, the per-contest sequence, parallel generations, re-runs,
// revocation, and the preconditions (approved round, decision entered).
import { db } from "@/lib/db";
import { generateRoundCertificates } from "@/lib/certificates/generate";
import { revokeCertificate, setRoundDecision } from "@/lib/certificates/manage";
import { fixedClock, setClock } from "@/lib/time";
import { makeContest, makeRound, TEN_WINNERS } from "./fixtures";

const actor = { id: "staff-1", username: "thuky", fullName: "Thư ký" };

beforeAll(() => {
  setClock(fixedClock("2023-03-27T03:00:00Z"));
});

async function certificatesOf(roundId: string) {
  return db.certificate.findMany({
    where: { award: { roundId } },
    orderBy: { seq: "asc" },
    select: {
      seq: true,
      number: true,
      verificationCode: true,
      award: { select: { tierOrder: true, rank: true, participant: { select: { fullName: true } } } },
    },
  });
}

test("numbers follow award order (tier, then rank) with the contest's zero-padded pattern", async () => {
  const contest = await makeContest({ pattern: "{n:2}/GCN-BTC" });
  // Created in a shuffled order: numbering must still follow tierOrder, rank.
  const winners = [TEN_WINNERS[3], TEN_WINNERS[0], TEN_WINNERS[2], TEN_WINNERS[1]];
  const { round } = await makeRound(contest.id, { number: 1, winners });
  const result = await generateRoundCertificates(round.id, actor, { limit: 50 });
  expect(result).toMatchObject({ ok: true, created: 4, issued: 4, total: 4 });
  const certs = await certificatesOf(round.id);
  expect(certs.map((c) => c.number)).toEqual(["01/GCN-BTC", "02/GCN-BTC", "03/GCN-BTC", "04/GCN-BTC"]);
  expect(certs.map((c) => [c.award.tierOrder, c.award.rank])).toEqual([
    [1, 2],
    [2, 3],
    [2, 4],
    [3, 1],
  ]);
  expect(certs[0].award.participant.fullName).toBe("Nguyễn Thị Ánh Tuyết");
  for (const c of certs) expect(c.verificationCode).toMatch(/^[A-Za-z0-9_-]{16}$/);
  expect(new Set(certs.map((c) => c.verificationCode)).size).toBe(4);
  const contestRow = await db.contest.findUniqueOrThrow({ where: { id: contest.id }, select: { certificateSeq: true } });
  expect(contestRow.certificateSeq).toBe(4);
  const auditRows = await db.auditLog.findMany({ where: { action: "certificate.generate", entityId: round.id } });
  expect(auditRows).toHaveLength(1);
});

test("generating in chunks reports progress and re-running never renumbers", async () => {
  const contest = await makeContest({ pattern: "{n}/GCN-BTC" });
  const { round } = await makeRound(contest.id, { number: 1, winners: TEN_WINNERS });
  const first = await generateRoundCertificates(round.id, actor, { limit: 4 });
  expect(first).toMatchObject({ ok: true, created: 4, issued: 4, total: 10 });
  const second = await generateRoundCertificates(round.id, actor, { limit: 4 });
  expect(second).toMatchObject({ ok: true, created: 4, issued: 8, total: 10 });
  const third = await generateRoundCertificates(round.id, actor, { limit: 4 });
  expect(third).toMatchObject({ ok: true, created: 2, issued: 10, total: 10 });
  const before = await certificatesOf(round.id);
  expect(before.map((c) => c.number)).toEqual(Array.from({ length: 10 }, (_, i) => `${i + 1}/GCN-BTC`));

  const again = await generateRoundCertificates(round.id, actor, { limit: 50 });
  expect(again).toMatchObject({ ok: true, created: 0, issued: 10, total: 10 });
  const after = await certificatesOf(round.id);
  expect(after).toEqual(before);
  const contestRow = await db.contest.findUniqueOrThrow({ where: { id: contest.id }, select: { certificateSeq: true } });
  expect(contestRow.certificateSeq).toBe(10);
});

test("two parallel generations never repeat a number (same round and two rounds of one contest)", async () => {
  const contest = await makeContest({ pattern: "{n}/GCN-{year}" });
  const q1 = await makeRound(contest.id, { number: 1, winners: TEN_WINNERS });
  const q2 = await makeRound(contest.id, { number: 2, winners: TEN_WINNERS.map((w) => ({ ...w, fullName: `${w.fullName} B` })) });
  const results = await Promise.all([
    generateRoundCertificates(q1.round.id, actor, { limit: 50 }),
    generateRoundCertificates(q1.round.id, actor, { limit: 50 }),
    generateRoundCertificates(q2.round.id, actor, { limit: 3 }),
    generateRoundCertificates(q2.round.id, actor, { limit: 3 }),
  ]);
  for (const r of results) expect(r.ok).toBe(true);
  // Same round twice in parallel: together they numbered each award exactly once.
  expect(results[0].ok && results[1].ok && results[0].created + results[1].created).toBe(10);
  expect(results[2].ok && results[3].ok && results[2].created + results[3].created).toBe(6);
  await Promise.all([generateRoundCertificates(q2.round.id, actor, { limit: 2 }), generateRoundCertificates(q2.round.id, actor, { limit: 50 })]);

  const all = await db.certificate.findMany({ where: { contestId: contest.id }, select: { seq: true, number: true, awardId: true } });
  expect(all).toHaveLength(20);
  expect(new Set(all.map((c) => c.seq)).size).toBe(20);
  expect(new Set(all.map((c) => c.number)).size).toBe(20);
  expect(new Set(all.map((c) => c.awardId)).size).toBe(20);
  expect(all.map((c) => c.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  expect(all.find((c) => c.seq === 7)?.number).toBe("7/GCN-2023");
  // Within each round the numbers still follow award order.
  for (const roundId of [q1.round.id, q2.round.id]) {
    const certs = await certificatesOf(roundId);
    const order = certs.map((c) => c.award.tierOrder * 1000 + c.award.rank);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  }
});

test("a revoked certificate keeps its number; the next award gets a new one", async () => {
  const contest = await makeContest({ pattern: "{n:3}/GCN" });
  const { round, participants, computation } = await makeRound(contest.id, { number: 1, winners: TEN_WINNERS.slice(0, 2) });
  await generateRoundCertificates(round.id, actor);
  const [first] = await certificatesOf(round.id);
  const cert = await db.certificate.findFirstOrThrow({ where: { seq: first.seq, contestId: contest.id }, select: { id: true } });
  const revoked = await revokeCertificate({ certificateId: cert.id, reason: "Phát hiện khai sai thông tin" }, actor);
  expect(revoked.ok).toBe(true);
  expect(await revokeCertificate({ certificateId: cert.id, reason: "Thu hồi lần hai" }, actor)).toEqual({
    ok: false,
    error: "Giấy chứng nhận này đã bị thu hồi trước đó.",
  });

  // The jury adds one more winner (e.g. after a disqualification elsewhere).
  const attempt = await db.attempt.findFirstOrThrow({ where: { participantId: participants[1].id }, select: { id: true } });
  const extra = await db.participant.create({
    data: {
      contestId: contest.id,
      fullName: "Người Bổ Sung",
      fullNameSearch: "nguoi bo sung",
      birthDate: "2000-01-01",
      gender: "MALE",
      cccd: "037200000999",
      phone: "0912000999",
      group: "NGUOI_DAN",
      passwordHash: "x",
    },
    select: { id: true },
  });
  await db.award.create({
    data: {
      roundId: round.id,
      participantId: extra.id,
      computationId: computation.id,
      attemptId: attempt.id,
      tierCode: "KHUYEN_KHICH",
      tierName: "Giải Khuyến khích",
      tierOrder: 4,
      rank: 11,
    },
  });
  const more = await generateRoundCertificates(round.id, actor);
  expect(more).toMatchObject({ ok: true, created: 1, issued: 3, total: 3 });
  const numbers = (await certificatesOf(round.id)).map((c) => c.number);
  expect(numbers).toEqual(["001/GCN", "002/GCN", "003/GCN"]);
  const row = await db.certificate.findUniqueOrThrow({ where: { id: cert.id }, select: { revokedAt: true, revokeReason: true, number: true } });
  expect(row).toEqual({ revokedAt: new Date("2023-03-27T03:00:00Z"), revokeReason: "Phát hiện khai sai thông tin", number: "001/GCN" });
  const auditRow = await db.auditLog.findFirstOrThrow({ where: { action: "certificate.revoke", entityId: cert.id } });
  expect(auditRow.reason).toBe("Phát hiện khai sai thông tin");
});

test("refuses rounds the jury has not approved and rounds without a decision", async () => {
  const contest = await makeContest();
  const open = await makeRound(contest.id, { number: 1, status: "OPEN", winners: TEN_WINNERS.slice(0, 1) });
  expect(await generateRoundCertificates(open.round.id, actor)).toEqual({ ok: false, status: 409, error: expect.stringContaining("phê duyệt") });
  const noDecision = await makeRound(contest.id, { number: 2, decision: false, winners: TEN_WINNERS.slice(0, 1) });
  expect(await generateRoundCertificates(noDecision.round.id, actor)).toEqual({ ok: false, status: 409, error: expect.stringContaining("quyết định") });
  expect(await generateRoundCertificates("missing", actor)).toMatchObject({ ok: false, status: 404 });
  expect(await db.certificate.count({ where: { contestId: contest.id } })).toBe(0);

  // Entering the decision (audited) unlocks generation.
  const set = await setRoundDecision({ roundId: noDecision.round.id, decisionNumber: "25/QĐ-STTTT", decisionDate: "2023-06-26" }, actor);
  expect(set).toEqual({ ok: true, data: { decisionNumber: "25/QĐ-STTTT", decisionDate: "2023-06-26" } });
  const auditRow = await db.auditLog.findFirstOrThrow({ where: { action: "round.decision", entityId: noDecision.round.id } });
  expect(auditRow.before).toEqual({ decisionNumber: null, decisionDate: null });
  expect(auditRow.after).toEqual({ decisionNumber: "25/QĐ-STTTT", decisionDate: "2023-06-26" });
  expect(await generateRoundCertificates(noDecision.round.id, actor)).toMatchObject({ ok: true, created: 1 });
});

test("a pattern without {n} is refused instead of producing duplicate numbers", async () => {
  const contest = await makeContest({ pattern: "GCN-BTC" });
  const { round } = await makeRound(contest.id, { number: 1, winners: TEN_WINNERS.slice(0, 2) });
  expect(await generateRoundCertificates(round.id, actor)).toEqual({ ok: false, status: 409, error: expect.stringContaining("{n}") });
  const contestRow = await db.contest.findUniqueOrThrow({ where: { id: contest.id }, select: { certificateSeq: true } });
  expect(contestRow.certificateSeq).toBe(0);
});
