// Constraints that protect the rules live in the database itself.
import { db } from "@/lib/db";

let contestId: string;
let roundId: string;
let p1: string;
let p2: string;

beforeAll(async () => {
  const c = await db.contest.create({ data: { slug: "rang-buoc", name: "Thử ràng buộc", organiser: "BTC", organiserShort: "BTC", year: 2023 } });
  contestId = c.id;
  const r = await db.round.create({
    data: {
      contestId,
      number: 1,
      name: "Quý 1",
      opensAt: new Date("2023-02-14T17:00:00Z"),
      closesAt: new Date("2023-03-30T16:59:59.999Z"),
      awardYear: 2023,
      awardMonth: 3,
      prizeTiers: [],
      predictionQuestion: "Bao nhiêu?",
    },
  });
  roundId = r.id;
  const base = { contestId, birthDate: "1990-01-01", gender: "MALE" as const, group: "NGUOI_DAN" as const, passwordHash: "x" };
  p1 = (await db.participant.create({ data: { ...base, fullName: "Nguyễn Văn A", fullNameSearch: "nguyen van a", cccd: "037090000001", phone: "0912000001" } }))
    .id;
  p2 = (await db.participant.create({ data: { ...base, fullName: "Trần Văn B", fullNameSearch: "tran van b", cccd: "037090000002", phone: "0912000002" } })).id;
});

const person = (cccd: string, phone: string, contest = () => contestId) => ({
  contestId: contest(),
  fullName: "Lê Thị C",
  fullNameSearch: "le thi c",
  birthDate: "1991-01-01",
  gender: "FEMALE" as const,
  group: "CBCCVC" as const,
  passwordHash: "x",
  cccd,
  phone,
});

test("a CCCD is unique within a contest", async () => {
  await expect(db.participant.create({ data: person("037090000001", "0912000099") })).rejects.toThrow();
});

test("a phone number is unique within a contest", async () => {
  await expect(db.participant.create({ data: person("037191000099", "0912000001") })).rejects.toThrow();
});

test("the same CCCD may register in another contest", async () => {
  const other = await db.contest.create({ data: { slug: "khac", name: "Khác", organiser: "BTC", organiserShort: "BTC", year: 2024 } });
  await expect(db.participant.create({ data: person("037090000001", "0912000001", () => other.id) })).resolves.toBeTruthy();
});

const attempt = (participantId: string, number: number, inProgress: boolean) => ({
  roundId,
  participantId,
  number,
  startedAt: new Date("2023-03-01T01:00:00Z"),
  deadline: new Date("2023-03-01T01:20:00Z"),
  status: inProgress ? ("IN_PROGRESS" as const) : ("SUBMITTED" as const),
  inProgressKey: inProgress ? `${participantId}:${roundId}` : null,
});

test("one in-progress attempt per participant and round", async () => {
  await db.attempt.create({ data: attempt(p1, 1, true) });
  await expect(db.attempt.create({ data: attempt(p1, 2, true) })).rejects.toThrow();
  // Closed attempts do not collide with each other or with the open one.
  await db.attempt.create({ data: attempt(p1, 3, false) });
  await db.attempt.create({ data: attempt(p1, 4, false) });
  await db.attempt.create({ data: attempt(p2, 1, true) });
});

test("an attempt number is taken once per participant and round", async () => {
  await expect(db.attempt.create({ data: attempt(p1, 3, false) })).rejects.toThrow();
});

test("one award per participant and round; certificate numbers unique per contest", async () => {
  const comp = await db.winnerComputation.create({
    data: {
      roundId,
      kind: "FINAL",
      computedAt: new Date(),
      computedBy: "test",
      rulesetVersion: "1",
      rankingOrder: "CORRECT_PREDICTION_DURATION",
      settingsVersion: 1,
      trueValue: 2,
      participantCount: 2,
      attemptCount: 2,
      entryCount: 2,
      inputHash: "h1",
      prizes: [],
    },
  });
  const a1 = await db.attempt.findFirstOrThrow({ where: { participantId: p1, number: 3 } });
  const award = await db.award.create({
    data: { roundId, participantId: p1, computationId: comp.id, attemptId: a1.id, tierCode: "NHAT", tierName: "Giải Nhất", tierOrder: 1, rank: 1 },
  });
  await expect(
    db.award.create({
      data: { roundId, participantId: p1, computationId: comp.id, attemptId: a1.id, tierCode: "NHI", tierName: "Giải Nhì", tierOrder: 2, rank: 2 },
    }),
  ).rejects.toThrow();
  const a2 = await db.attempt.findFirstOrThrow({ where: { participantId: p1, number: 4 } });
  const award2 = await db.award.create({
    data: { roundId, participantId: p2, computationId: comp.id, attemptId: a2.id, tierCode: "NHI", tierName: "Giải Nhì", tierOrder: 2, rank: 2 },
  });
  await db.certificate.create({ data: { contestId, awardId: award.id, seq: 1, number: "01/GCN-BTC", verificationCode: "code-1", issuedAt: new Date() } });
  await expect(
    db.certificate.create({ data: { contestId, awardId: award2.id, seq: 2, number: "01/GCN-BTC", verificationCode: "code-2", issuedAt: new Date() } }),
  ).rejects.toThrow();
  await expect(
    db.certificate.create({ data: { contestId, awardId: award2.id, seq: 1, number: "02/GCN-BTC", verificationCode: "code-3", issuedAt: new Date() } }),
  ).rejects.toThrow();
});

test("a foreign key that points nowhere is refused (SQLite enforces them too)", async () => {
  await expect(db.attempt.create({ data: { ...attempt(p1, 9, false), roundId: "khong-ton-tai" } })).rejects.toThrow();
});
