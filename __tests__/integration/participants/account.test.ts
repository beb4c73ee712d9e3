// What a participant reads of their own account: /ca-nhan's data and the JSON download. None of it
// ever carries the password hash; the download is audited and hides answer keys while it must.
import { verifyAuditLog } from "@/lib/audit/log";
import { setSessionForTests } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getParticipantDashboard, getParticipantProfile } from "@/lib/participants/account";
import { exportParticipantData } from "@/lib/participants/data-export";
import { getRegistrationOptions, registerParticipant } from "@/lib/participants/registration";
import { registrationSchema } from "@/lib/participants/schema";
import { fixedClock, setClock } from "@/lib/time";
import { GET } from "@/app/(public)/ca-nhan/du-lieu/route";
import { allKeys, form, makeContest, type ContestFixture } from "./fixtures";

let f: ContestFixture;
let participantId: string;
let passwordHash: string;
let roundId: string;
let restoreClock: () => void;

const at = (iso: string) => new Date(iso);

beforeAll(async () => {
  restoreClock = setClock(fixedClock("2026-11-29T04:00:00Z"));
  f = await makeContest("ca-nhan");
  const result = await registerParticipant(registrationSchema.parse(form(f)), { ipHash: "h" });
  if (!result.ok) throw new Error(result.error);
  participantId = result.data.participantId;
  passwordHash = (await db.participant.findUniqueOrThrow({ where: { id: participantId }, select: { passwordHash: true } })).passwordHash;

  const round = await db.round.create({
    data: {
      contestId: f.contestId,
      number: 4,
      name: "Quý 4",
      opensAt: at("2026-09-30T17:00:00Z"),
      closesAt: at("2026-11-30T16:59:59.999Z"),
      awardYear: 2026,
      awardMonth: 12,
      prizeTiers: [],
      predictionQuestion: "Có bao nhiêu người tham gia Quý 4?",
    },
  });
  roundId = round.id;
  const question = await db.question.create({
    data: {
      contestId: f.contestId,
      textSearch: "cau hoi",
      versions: { create: { version: 1, text: "Chuyển đổi số là gì?", options: ["Đáp án đúng", "Sai 1", "Sai 2", "Sai 3"], correctIndex: 0 } },
    },
    select: { versions: { select: { id: true } } },
  });
  const versionId = question.versions[0].id;
  const attempt = (number: number, correctCount: number, submittedAt: string) => ({
    roundId,
    participantId,
    number,
    status: "SUBMITTED" as const,
    startedAt: at("2026-11-29T01:00:00Z"),
    deadline: at("2026-11-29T01:20:00Z"),
    submittedAt: at(submittedAt),
    durationMs: 300_000 + number,
    correctCount,
    prediction: 1000,
    items: {
      create: [{ position: 1, questionVersionId: versionId, optionOrder: "2,0,3,1", chosenIndex: 0, isCorrect: true, savedAt: at("2026-11-29T01:01:00Z") }],
    },
  });
  await db.attempt.create({ data: attempt(1, 12, "2026-11-29T01:05:00Z") });
  const best = await db.attempt.create({ data: attempt(2, 15, "2026-11-29T02:05:00Z") });
  await db.attempt.create({ data: attempt(3, 15, "2026-11-29T03:05:00Z") });
  await db.attempt.create({
    data: {
      roundId,
      participantId,
      number: 4,
      startedAt: at("2026-11-29T03:50:00Z"),
      deadline: at("2026-11-29T04:10:00Z"),
      inProgressKey: `${participantId}:${roundId}`,
    },
  });
  const computation = await db.winnerComputation.create({
    data: {
      roundId,
      kind: "PROVISIONAL",
      computedAt: at("2026-11-29T03:00:00Z"),
      computedBy: "cron",
      rulesetVersion: "1",
      rankingOrder: "CORRECT_PREDICTION_DURATION",
      settingsVersion: 1,
      trueValue: 1,
      participantCount: 1,
      attemptCount: 3,
      entryCount: 1,
      inputHash: "x",
      prizes: [],
    },
  });
  const award = await db.award.create({
    data: { roundId, participantId, computationId: computation.id, attemptId: best.id, tierCode: "NHAT", tierName: "Giải Nhất", tierOrder: 1, rank: 1 },
  });
  await db.certificate.create({
    data: { contestId: f.contestId, awardId: award.id, seq: 1, number: "01/GCN-BTC", verificationCode: "ABCD2345", issuedAt: at("2026-12-20T01:00:00Z") },
  });
});

afterAll(() => {
  restoreClock();
  setSessionForTests(undefined);
});

function expectNoHash(value: unknown) {
  expect(allKeys(value)).not.toContain("passwordHash");
  expect(JSON.stringify(value)).not.toContain(passwordHash);
  expect(JSON.stringify(value)).not.toContain("$argon2");
}

test("no data function returns the password hash", async () => {
  expectNoHash(await getParticipantProfile(participantId));
  expectNoHash(await getParticipantDashboard(participantId));
  expectNoHash(await getRegistrationOptions(f.contestId));
  expectNoHash(await exportParticipantData(participantId));
});

test("an award is hidden until the round's results are published", async () => {
  expect((await getParticipantDashboard(participantId))!.awards).toEqual([]);
  await db.round.update({ where: { id: roundId }, data: { status: "PUBLISHED" } });
});

test("the dashboard shows attempts per round, the counted one, awards and certificates", async () => {
  const d = (await getParticipantDashboard(participantId))!;
  expect(d.profile).toMatchObject({
    fullName: "Nguyễn Văn An",
    cccd: "037090000123",
    districtName: "Thành phố Ninh Bình",
    unitName: "Sở Thông tin và Truyền thông",
  });
  expect(d.rounds).toHaveLength(1);
  expect(d.rounds[0]).toMatchObject({ name: "Quý 4", phase: "open", attemptsAllowed: 3 });
  expect(d.rounds[0].attempts.map((a) => [a.number, a.state, a.correctCount, a.itemCount, a.isCounted])).toEqual([
    [1, "submitted", 12, 1, false],
    [2, "submitted", 15, 1, true],
    [3, "submitted", 15, 1, false],
    [4, "in_progress", null, 0, false],
  ]);
  expect(d.awards).toEqual([
    {
      id: expect.any(String),
      roundNumber: 4,
      roundName: "Quý 4",
      tierName: "Giải Nhất",
      certificate: { id: expect.any(String), number: "01/GCN-BTC", verificationCode: "ABCD2345", issuedAt: at("2026-12-20T01:00:00Z"), isRevoked: false },
    },
  ]);
});

test("the export holds every kind of data, hides correctness while the round is open, and is audited", async () => {
  const auditBefore = await db.auditLog.count();
  const data = (await exportParticipantData(participantId))!;
  expect(data.profile).toMatchObject({ id: participantId, fullName: "Nguyễn Văn An", cccd: "037090000123", phone: "0912345678", birthDate: "1990-08-15" });
  expect(data.consents).toEqual([{ version: 2, acceptedAt: "2026-11-29T04:00:00.000Z", text: "Tôi đồng ý để Ban Tổ chức xử lý dữ liệu cá nhân (bản 2)." }]);
  expect(data.attempts).toHaveLength(4);
  expect(data.attempts[1].items[0]).toEqual({
    position: 1,
    question: "Chuyển đổi số là gì?",
    options: [
      { letter: "A", text: "Sai 2" },
      { letter: "B", text: "Đáp án đúng" },
      { letter: "C", text: "Sai 3" },
      { letter: "D", text: "Sai 1" },
    ],
    chosen: "B",
    savedAt: "2026-11-29T01:01:00.000Z",
  });
  expect(allKeys(data)).not.toContain("correctIndex");
  expect(data.awards).toEqual([{ round: { number: 4, name: "Quý 4" }, tierName: "Giải Nhất", rank: 1, createdAt: expect.any(String) }]);
  expect(data.certificates).toMatchObject([{ number: "01/GCN-BTC", verificationCode: "ABCD2345", revokedAt: null }]);

  expect(await db.auditLog.count()).toBe(auditBefore + 1);
  const entry = await db.auditLog.findFirstOrThrow({ orderBy: { id: "desc" } });
  expect(entry).toMatchObject({
    actorType: "PARTICIPANT",
    actorId: participantId,
    actorName: "Nguyễn Văn An",
    action: "participant.export",
    entityType: "Participant",
    entityId: participantId,
  });
  expect(await verifyAuditLog()).toMatchObject({ ok: true });
});

test("after the round closes the export shows which answers were correct (answer review AFTER_CLOSE)", async () => {
  const restore = setClock(fixedClock("2026-12-01T00:00:00Z"));
  try {
    const data = (await exportParticipantData(participantId))!;
    expect(data.attempts[0].items[0].isCorrect).toBe(true);
  } finally {
    restore();
  }
});

test("GET /ca-nhan/du-lieu downloads the signed-in participant's data as a JSON attachment", async () => {
  setSessionForTests({ id: participantId, kind: "participant", contestId: f.contestId, name: "Nguyễn Văn An" });
  const res = await GET();
  expect(res.status).toBe(200);
  expect(res.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
  expect(res.headers.get("Content-Disposition")).toBe(
    `attachment; filename="du-lieu-ca-nhan-2026-11-29.json"; filename*=UTF-8''du-lieu-ca-nhan-2026-11-29.json`,
  );
  expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
  expect(res.headers.get("Cache-Control")).toContain("no-store");
  const body = await res.json();
  expect(body.profile.id).toBe(participantId);
  expectNoHash(body);
});

test.each([
  ["anonymous", null],
  ["staff", { id: "s1", kind: "staff" as const, role: "ADMIN" as const, name: "admin" }],
])("GET /ca-nhan/du-lieu refuses %s callers", async (_who, user) => {
  setSessionForTests(user);
  const auditBefore = await db.auditLog.count();
  const res = await GET();
  expect(res.status).toBe(401);
  expect(await db.auditLog.count()).toBe(auditBefore);
});

test("a question a regrade dropped from the score is left out of the attempt's question count", async () => {
  const first = await db.attempt.findFirstOrThrow({
    where: { participantId, roundId, number: 1 },
    select: { id: true, items: { select: { questionVersionId: true } } },
  });
  // A dropped item of a submitted attempt stays ungraded (isCorrect NULL): docs/FAIRNESS.md §3.
  await db.attemptItem.create({
    data: { attemptId: first.id, position: 2, questionVersionId: first.items[0].questionVersionId, optionOrder: "0,1,2,3", chosenIndex: 1, isCorrect: null },
  });
  const d = (await getParticipantDashboard(participantId))!;
  expect(d.rounds[0].attempts.map((a) => [a.number, a.itemCount])).toEqual([
    [1, 1],
    [2, 1],
    [3, 1],
    [4, 0],
  ]);
});
