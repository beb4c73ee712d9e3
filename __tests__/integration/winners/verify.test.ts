// "Kiểm tra lại" (lib/winners/verify.ts): a FINAL computation stores every input it read, is
// recomputed from what it stored alone (tampering is found at the first differing row), and is
// compared with today's data (rolled back); a reused computation is un-staled; the published
// result is a JSON document whose SHA-256 /ket-qua shows.
jest.mock("next/cache", () => ({ revalidatePath: jest.fn(), revalidateTag: jest.fn() }));

import { createHash } from "node:crypto";
import { GET as resultRoute } from "@/app/(public)/ket-qua/[roundId]/route";
import { setSessionForTests } from "@/lib/auth/session";
import { DEFAULT_PRIZE_TIERS } from "@/lib/contests/prize-tiers";
import { db } from "@/lib/db";
import { RULESET_VERSION } from "@/lib/ranking/input-hash";
import { fixedClock, setClock } from "@/lib/time";
import { approveWinnersAction, publishWinnersAction, verifyComputationAction } from "@/lib/winners/actions";
import { computeRoundWinners } from "@/lib/winners/compute";
import { getPublicResults } from "@/lib/winners/publication";
import { getComputationSummary, type StoredInputs } from "@/lib/winners/queries";
import type { VerifyReport } from "@/lib/winners/verify";
import { asStaffSession, makeAttempts, makeContest, makeParticipants, makeRound, makeStaff } from "./fixtures";

const actor = { type: "SYSTEM" as const, name: "test" };
const AFTER_Q1 = "2023-03-31T05:00:00Z"; // Q1 closed on 30/03, still its award month
let jury: Awaited<ReturnType<typeof makeStaff>>;

beforeAll(async () => {
  jury = await makeStaff("JURY");
});

beforeEach(() => {
  setClock(fixedClock(AFTER_Q1));
  setSessionForTests(asStaffSession(jury));
});

const CORRECT = [20, 20, 20, 19, 19, 19, 19, 18, 18, 17, 16, 15];
const TIE = { left: 5, right: 6 }; // equal down to the registration time

/**
 * 12 participants, one counted attempt each (plus a weaker second one for some), person 1 a member
 * of the organising bodies; persons 5 and 6 tie on every key but their registration time.
 */
async function computedRound() {
  const contest = await makeContest();
  const round = await makeRound(contest.id, { number: 1 });
  const people = await makeParticipants(
    contest.id,
    CORRECT.map((_, i) => ({ registeredAt: new Date(Date.UTC(2023, 1, 1, 0, 0, i)), isOrganiserMember: i === 1 })),
  );
  const at = (i: number) => new Date(round.opensAt.getTime() + 3_600_000 + (i === TIE.right ? TIE.left : i) * 1000);
  const attempts = await makeAttempts(round.id, [
    ...people.map((p, i) => ({
      participantId: p.id,
      correctCount: CORRECT[i],
      prediction: i === TIE.right ? 12 + TIE.left : i === 3 ? null : 12 + i,
      durationMs: 200_000 + (i === TIE.right ? TIE.left : i) * 1000,
      submittedAt: at(i),
    })),
    ...people
      .slice(0, 4)
      .map((p) => ({ participantId: p.id, correctCount: 10, prediction: 12, durationMs: 100_000, submittedAt: new Date(round.opensAt.getTime() + 7_200_000) })),
  ]);
  const result = await computeRoundWinners(round.id, { kind: "FINAL", computedBy: "test", actor });
  const computation = result.computation;
  const entry = (rank: number) => db.rankingEntry.findUniqueOrThrow({ where: { computationId_rank: { computationId: computation.id, rank } } });
  const rankOf = async (participantId: string) => (await db.rankingEntry.findFirstOrThrow({ where: { computationId: computation.id, participantId } })).rank;
  return { contest, round, people, attempts, computation, entry, rankOf };
}

async function verify(computationId: string): Promise<VerifyReport> {
  const r = await verifyComputationAction({ computationId });
  if (!r.ok) throw new Error(r.error);
  return r.data;
}

const storedInputs = async (id: string) =>
  (await db.winnerComputation.findUniqueOrThrow({ where: { id }, select: { inputs: true } })).inputs as unknown as StoredInputs;

test("a FINAL computation stores every input the ranking and the prize walk read; Kiểm tra lại says khớp and changes nothing", async () => {
  const { people, computation, entry } = await computedRound();
  expect(computation.kind).toBe("FINAL");
  expect(computation.rulesetVersion).toBe(RULESET_VERSION);
  const inputs = await storedInputs(computation.id);
  expect(inputs).toEqual({
    format: 1,
    rulesetVersion: RULESET_VERSION,
    kind: "FINAL",
    rankingOrder: "CORRECT_PREDICTION_DURATION",
    settingsVersion: 1,
    predictionTruth: "PARTICIPANTS",
    trueValue: 12,
    trueValueCounted: 12,
    trueValueSource: "counted",
    trueValueOverrideReason: null,
    attemptCount: 16,
    participantCount: 12,
    prizeTiers: DEFAULT_PRIZE_TIERS,
    minScoreForPrize: null,
    excludeEarlierWinners: false,
    disqualifiedIds: [],
    earlierWinnerIds: [],
    organiserMemberIds: [people[1].id],
    entriesDigest: expect.stringMatching(/^[0-9a-f]{64}$/),
  });
  expect(computation.inputs).toEqual(inputs);
  // Each entry keeps the raw prediction and the registration time it was ranked with.
  const top = await entry(1);
  expect(top).toMatchObject({ participantId: people[0].id, prediction: 12, registeredAt: people[0].registeredAt, predictionDiff: 0 });
  const noPrediction = await db.rankingEntry.findFirstOrThrow({ where: { computationId: computation.id, participantId: people[3].id } });
  expect(noPrediction.prediction).toBeNull();

  const before = await Promise.all([db.winnerComputation.count(), db.rankingEntry.count(), db.auditLog.count()]);
  const report = await verify(computation.id);
  expect(report.stored).toEqual({ status: "MATCH", inputHash: computation.inputHash, entryCount: 12 });
  expect(report.live).toEqual({ status: "SAME", inputHash: computation.inputHash });
  expect(await Promise.all([db.winnerComputation.count(), db.rankingEntry.count(), db.auditLog.count()])).toEqual(before);
});

test("only the jury (and admins) may run Kiểm tra lại", async () => {
  const { computation } = await computedRound();
  setSessionForTests(asStaffSession(await makeStaff("EDITOR")));
  expect(await verifyComputationAction({ computationId: computation.id })).toEqual({
    ok: false,
    error: "Tài khoản của bạn không có quyền thực hiện thao tác này.",
  });
  setSessionForTests(asStaffSession(jury));
  expect(await verifyComputationAction({ computationId: "khong-co" })).toEqual({ ok: false, error: "Không tìm thấy lần tính kết quả này." });
});

describe("tampering with a stored entry is reported at that rank", () => {
  test("a lowered correctCount: the entry below takes its place", async () => {
    const { computation, entry } = await computedRound();
    const [second, third] = await Promise.all([entry(2), entry(3)]);
    await db.rankingEntry.update({ where: { computationId_rank: { computationId: computation.id, rank: 2 } }, data: { correctCount: 0 } });
    const { stored } = await verify(computation.id);
    expect(stored.status).toBe("MISMATCH");
    if (stored.status !== "MISMATCH") return;
    expect(stored.firstRow).toMatchObject({
      rank: 2,
      stored: { participantId: second.participantId, correctCount: 0 },
      recomputed: { participantId: third.participantId, correctCount: third.correctCount },
    });
    expect(stored.firstRow!.fields).toEqual(expect.arrayContaining(["participantId", "correctCount"]));
    expect(stored.problems).toContain("Mã tổng hợp các dòng xếp hạng khác với lúc tính: có dòng đã bị thay đổi.");
    expect(stored.recomputedHash).not.toBe(computation.inputHash);
  });

  test("a changed prizeTier", async () => {
    const { computation, entry } = await computedRound();
    const fourth = await entry(4);
    expect(fourth.prizeTier).toBe("NHI");
    await db.rankingEntry.update({ where: { computationId_rank: { computationId: computation.id, rank: 4 } }, data: { prizeTier: "NHAT" } });
    const { stored } = await verify(computation.id);
    expect(stored).toMatchObject({
      status: "MISMATCH",
      firstRow: { rank: 4, fields: ["prizeTier"], stored: { prizeTier: "NHAT" }, recomputed: { prizeTier: "NHI" } },
    });
  });

  test("a changed predictionDiff", async () => {
    const { computation, entry } = await computedRound();
    const third = await entry(3);
    await db.rankingEntry.update({
      where: { computationId_rank: { computationId: computation.id, rank: 3 } },
      data: { predictionDiff: third.predictionDiff + 100 },
    });
    const { stored } = await verify(computation.id);
    expect(stored).toMatchObject({
      status: "MISMATCH",
      firstRow: { rank: 3, fields: ["predictionDiff"], recomputed: { predictionDiff: third.predictionDiff } },
    });
  });

  test("a later registeredAt breaks the tie the other way", async () => {
    const { computation, people, rankOf } = await computedRound();
    const rank = await rankOf(people[TIE.left].id);
    expect(await rankOf(people[TIE.right].id)).toBe(rank + 1);
    await db.rankingEntry.update({
      where: { computationId_rank: { computationId: computation.id, rank } },
      data: { registeredAt: new Date("2023-02-02T00:00:00Z") },
    });
    const { stored, names } = await verify(computation.id);
    expect(stored).toMatchObject({
      status: "MISMATCH",
      firstRow: { rank, stored: { participantId: people[TIE.left].id }, recomputed: { participantId: people[TIE.right].id } },
    });
    expect(names[people[TIE.right].id]).toBe(people[TIE.right].fullName);
  });
});

describe("tampering with the stored inputs is detected", () => {
  test("a tier count: the replayed walk differs at the first changed prize and the hash differs", async () => {
    const { computation } = await computedRound();
    const inputs = await storedInputs(computation.id);
    const tiers = inputs.prizeTiers.map((t) => (t.code === "NHAT" ? { ...t, count: 2 } : t));
    await db.winnerComputation.update({ where: { id: computation.id }, data: { inputs: { ...inputs, prizeTiers: tiers } } });
    const { stored } = await verify(computation.id);
    expect(stored).toMatchObject({ status: "MISMATCH", firstRow: { fields: ["prizeTier"], stored: { prizeTier: "NHI" }, recomputed: { prizeTier: "NHAT" } } });
    if (stored.status !== "MISMATCH") return;
    expect(stored.problems).toEqual(
      expect.arrayContaining(["Danh sách giải đã lưu khác danh sách tính lại từ các quy tắc đã lưu.", "Mã kiểm tra (SHA-256) tính lại khác mã đã lưu."]),
    );
  });

  test("disqualifiedIds: the winner named there is reported at their rank", async () => {
    const { computation, entry } = await computedRound();
    const first = await entry(1);
    const inputs = await storedInputs(computation.id);
    await db.winnerComputation.update({ where: { id: computation.id }, data: { inputs: { ...inputs, disqualifiedIds: [first.participantId] } } });
    const { stored } = await verify(computation.id);
    expect(stored).toMatchObject({
      status: "MISMATCH",
      firstRow: { rank: 1, stored: { prizeTier: "NHAT", excludedReason: null }, recomputed: { prizeTier: null, excludedReason: "DISQUALIFIED" } },
    });
  });

  test("a disqualified id the walk never reached changes only the hash", async () => {
    const { computation, people } = await computedRound();
    const inputs = await storedInputs(computation.id);
    await db.winnerComputation.update({ where: { id: computation.id }, data: { inputs: { ...inputs, disqualifiedIds: [people[11].id] } } });
    const { stored } = await verify(computation.id);
    expect(stored).toEqual({
      status: "MISMATCH",
      firstRow: null,
      problems: ["Mã kiểm tra (SHA-256) tính lại khác mã đã lưu."],
      storedHash: computation.inputHash,
      recomputedHash: expect.any(String),
    });
  });

  test("a computation column that disagrees with its inputs", async () => {
    const { computation } = await computedRound();
    await db.winnerComputation.update({ where: { id: computation.id }, data: { trueValue: 13 } });
    const { stored } = await verify(computation.id);
    expect(stored.status === "MISMATCH" && stored.problems).toEqual(["Giá trị đúng của câu dự đoán của lần tính (13) khác dữ liệu đầu vào đã lưu (12)."]);
  });
});

describe("today's data: the stored check stays khớp, the live check reports what changed", () => {
  test("a regraded score", async () => {
    const { computation, people, attempts, rankOf } = await computedRound();
    const rank = await rankOf(people[2].id);
    const counted = attempts.find((a) => a.participantId === people[2].id && a.correctCount === 20)!;
    await db.attempt.update({ where: { id: counted.id }, data: { correctCount: 14 } });
    const report = await verify(computation.id);
    expect(report.stored.status).toBe("MATCH");
    expect(report.live).toMatchObject({ status: "DIFFERENT", firstRow: { rank, stored: { participantId: people[2].id, correctCount: 20 } } });
    if (report.live.status !== "DIFFERENT") return;
    expect(report.live.changes).toContain("Dữ liệu bài làm hoặc thí sinh đã thay đổi (ví dụ: chấm lại, bài nộp mới, thời điểm đăng ký).");
    expect(report.live.recomputedHash).not.toBe(computation.inputHash);
    // The scratch computation was rolled back.
    expect(await db.winnerComputation.count({ where: { roundId: computation.roundId } })).toBe(1);
  });

  test("a new disqualification of the first prize winner", async () => {
    const { computation, round, entry } = await computedRound();
    const first = await entry(1);
    await db.disqualification.create({ data: { roundId: round.id, participantId: first.participantId, reason: "Trùng người dự thi", createdById: jury.id } });
    const report = await verify(computation.id);
    expect(report.stored.status).toBe("MATCH");
    expect(report.live).toMatchObject({
      status: "DIFFERENT",
      changes: ["Thí sinh bị loại: thêm 1, bớt 0."],
      firstRow: {
        rank: 1,
        fields: ["prizeTier", "excludedReason"],
        stored: { prizeTier: "NHAT" },
        recomputed: { prizeTier: null, excludedReason: "DISQUALIFIED" },
      },
    });
    expect(await db.winnerComputation.count({ where: { roundId: round.id } })).toBe(1);
  });
});

test("a computation stored before inputs were kept cannot be verified from stored inputs (not an error)", async () => {
  const { round } = await computedRound();
  const legacy = await db.winnerComputation.create({
    data: {
      roundId: round.id,
      kind: "FINAL",
      computedAt: new Date("2023-03-31T01:00:00Z"),
      computedBy: "cron",
      rulesetVersion: "ranking-rules-v1",
      rankingOrder: "CORRECT_PREDICTION_DURATION",
      settingsVersion: 1,
      trueValue: 12,
      participantCount: 12,
      attemptCount: 16,
      entryCount: 0,
      inputHash: "cu",
      prizes: [],
    },
  });
  expect((await getComputationSummary(legacy.id))!.inputs).toBeNull();
  const report = await verify(legacy.id);
  expect(report.stored).toEqual({ status: "UNVERIFIABLE" });
  expect(report.live).toMatchObject({ status: "DIFFERENT", firstRow: { rank: 1, stored: null } });
});

test("a reused identical computation is un-staled, and the un-staling is audited", async () => {
  const { round, computation } = await computedRound();
  await db.winnerComputation.update({ where: { id: computation.id }, data: { staleAt: new Date(AFTER_Q1), staleReason: "Chấm lại câu 3" } });
  expect(await getComputationSummary(computation.id)).toMatchObject({ staleAt: new Date(AFTER_Q1), staleReason: "Chấm lại câu 3" });
  const again = await computeRoundWinners(round.id, { kind: "FINAL", computedBy: "test", actor });
  expect(again.created).toBe(false);
  expect(again.computation).toMatchObject({ id: computation.id, staleAt: null, staleReason: null });
  expect(await db.auditLog.findFirst({ where: { action: "winners.compute.unstale", entityId: round.id } })).toMatchObject({
    before: expect.objectContaining({ staleReason: "Chấm lại câu 3" }),
  });
  // Not stale: reusing again writes nothing more.
  const audits = await db.auditLog.count();
  await computeRoundWinners(round.id, { kind: "FINAL", computedBy: "test", actor });
  expect(await db.auditLog.count()).toBe(audits);
});

test("the public JSON result: 404 until published, then the document whose SHA-256 /ket-qua shows", async () => {
  const { contest, round, computation } = await computedRound();
  const get = (id: string) => resultRoute(new Request(`http://localhost/ket-qua/${id}`), { params: Promise.resolve({ roundId: id }) });
  expect((await get(round.id)).status).toBe(404);
  expect((await get("khong-co")).status).toBe(404);
  expect((await getPublicResults(contest.slug))!.rounds[0]).toMatchObject({ published: false, inputHash: null, document: null });

  expect(await approveWinnersAction({ roundId: round.id, computationId: computation.id })).toMatchObject({ ok: true });
  expect((await get(round.id)).status).toBe(404); // approved, not yet published
  expect(await publishWinnersAction({ roundId: round.id })).toMatchObject({ ok: true });

  const res = await get(round.id);
  expect(res.status).toBe(200);
  expect(res.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
  expect(res.headers.get("Cache-Control")).toMatch(/^public/);
  const body = await res.text();
  const sha256 = createHash("sha256").update(body, "utf8").digest("hex");
  const doc = JSON.parse(body);
  expect(doc).toMatchObject({
    round: { id: round.id, number: 1 },
    contest: { slug: contest.slug },
    trueValue: 12,
    participantCount: 12,
    attemptCount: 16,
    inputHash: computation.inputHash,
  });
  expect(doc.publishedAt).toBe(new Date(AFTER_Q1).toISOString());
  expect(doc.winners).toHaveLength(10);
  expect(doc.winners[0]).toEqual({
    rank: 1,
    tierCode: "NHAT",
    tierName: "Giải Nhất",
    fullName: expect.any(String),
    cccd: expect.stringMatching(/^037\*{6}\d{3}$/),
    phone: expect.stringMatching(/^09\*{6}\d{2}$/),
    district: null,
    unitName: "",
  });
  expect(body).not.toMatch(/0370900\d{5}/); // no unmasked CCCD

  const page = (await getPublicResults(contest.slug))!.rounds[0];
  expect(page).toMatchObject({
    published: true,
    trueValue: 12,
    participantCount: 12,
    inputHash: computation.inputHash,
    document: { href: `/ket-qua/${round.id}`, sha256 },
  });
  expect(res.headers.get("ETag")).toBe(`"${sha256}"`);
  // The hash on the page is the one the approval audit entry recorded.
  const approval = await db.auditLog.findFirstOrThrow({ where: { action: "round.approve-winners", entityId: round.id } });
  expect((approval.after as { inputHash: string }).inputHash).toBe(page.inputHash);
});
