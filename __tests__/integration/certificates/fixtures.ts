// Test data for the certificate tests: a contest, rounds, winners with their attempts, a FINAL
// computation with its ranking, and the jury's Awards, created directly with Prisma.
import { db } from "@/lib/db";
import { DEFAULT_PRIZE_TIERS } from "@/lib/contests/prize-tiers";
import { searchKey } from "@/lib/text";

let serial = 0;
const next = () => ++serial;

export interface PersonSpec {
  fullName: string;
  birthDate?: string;
  unitName?: string;
  wardName?: string;
  districtId?: string | null;
}

export async function makeContest(spec: { pattern?: string; year?: number; organiser?: string } = {}) {
  const n = next();
  const contest = await db.contest.create({
    data: {
      slug: `cuoc-thi-${n}`,
      name: `Cuộc thi trắc nghiệm tìm hiểu về Chuyển đổi số trên mạng internet năm ${spec.year ?? 2023}`,
      organiser: spec.organiser ?? "Sở Thông tin và Truyền thông tỉnh Ninh Bình",
      organiserShort: "Sở TT&TT Ninh Bình",
      year: spec.year ?? 2023,
      certificatePattern: spec.pattern ?? "{n:2}/GCN-BTC",
    },
    select: { id: true, year: true },
  });
  const district = await db.district.create({ data: { contestId: contest.id, name: "Huyện Hoa Lư", sortOrder: 1 }, select: { id: true, name: true } });
  const district2 = await db.district.create({ data: { contestId: contest.id, name: "TP Tam Điệp", sortOrder: 2 }, select: { id: true, name: true } });
  return { ...contest, district, district2 };
}

export async function makeParticipant(contestId: string, p: PersonSpec) {
  const n = next();
  return db.participant.create({
    data: {
      contestId,
      fullName: p.fullName,
      fullNameSearch: searchKey(p.fullName),
      birthDate: p.birthDate ?? "1990-03-05",
      gender: "FEMALE",
      cccd: `0371900${String(n).padStart(5, "0")}`,
      phone: `09${String(n).padStart(8, "0")}`,
      group: "CBCCVC",
      districtId: p.districtId ?? null,
      wardName: p.wardName ?? "",
      unitName: p.unitName ?? "",
      passwordHash: "x",
    },
    select: { id: true, fullName: true, cccd: true, phone: true, contestId: true },
  });
}

export interface WinnerSpec extends PersonSpec {
  tier: number; // index into DEFAULT_PRIZE_TIERS
}

/**
 * A closed round with a FINAL computation, a ranking (winners first, then `others` people
 * without a prize) and an Award per winner in the given order.
 */
export async function makeRound(
  contestId: string,
  spec: { number: number; status?: "OPEN" | "APPROVED" | "PUBLISHED"; decision?: boolean; winners: WinnerSpec[]; others?: PersonSpec[] },
) {
  const round = await db.round.create({
    data: {
      contestId,
      number: spec.number,
      name: `Quý ${spec.number}`,
      opensAt: new Date(Date.UTC(2023, spec.number * 3 - 3, 1)),
      closesAt: new Date(Date.UTC(2023, spec.number * 3 - 1, 20)),
      awardYear: 2023,
      awardMonth: spec.number * 3,
      prizeTiers: DEFAULT_PRIZE_TIERS,
      predictionQuestion: `Có bao nhiêu người tham gia Quý ${spec.number}?`,
      status: spec.status ?? "APPROVED",
      trueValue: 500,
      decisionNumber: spec.decision === false ? null : `${17 + spec.number}/QĐ-STTTT`,
      decisionDate: spec.decision === false ? null : `2023-${String(spec.number * 3).padStart(2, "0")}-25`,
    },
    select: { id: true, name: true, number: true, contestId: true },
  });
  const people = [...spec.winners.map((w) => ({ ...w, isWinner: true })), ...(spec.others ?? []).map((o) => ({ ...o, tier: -1, isWinner: false }))];
  const participants: Awaited<ReturnType<typeof makeParticipant>>[] = [];
  const attempts: { id: string; submittedAt: Date | null; durationMs: number | null; correctCount: number | null }[] = [];
  for (const [i, p] of people.entries()) {
    const participant = await makeParticipant(contestId, p);
    const startedAt = new Date(Date.UTC(2023, spec.number * 3 - 2, 10, 1, 0, i));
    const attempt = await db.attempt.create({
      data: {
        roundId: round.id,
        participantId: participant.id,
        number: 1,
        status: "SUBMITTED",
        startedAt,
        deadline: new Date(startedAt.getTime() + 1_200_000),
        submittedAt: new Date(startedAt.getTime() + 300_000 + i * 1234),
        submitSource: "PARTICIPANT",
        durationMs: 300_000 + i * 1234,
        correctCount: 20 - i,
        prediction: 480 + i,
      },
      select: { id: true, submittedAt: true, durationMs: true, correctCount: true },
    });
    participants.push(participant);
    attempts.push(attempt);
  }
  const computation = await db.winnerComputation.create({
    data: {
      roundId: round.id,
      kind: "FINAL",
      computedAt: new Date(Date.UTC(2023, spec.number * 3 - 1, 21)),
      computedBy: "cron",
      rulesetVersion: "test",
      rankingOrder: "CORRECT_PREDICTION_DURATION",
      settingsVersion: 1,
      trueValue: 500,
      participantCount: people.length,
      attemptCount: people.length,
      entryCount: people.length,
      inputHash: `hash-${round.id}`,
      prizes: [],
    },
    select: { id: true },
  });
  await db.rankingEntry.createMany({
    data: people.map((p, i) => ({
      computationId: computation.id,
      rank: i + 1,
      participantId: participants[i].id,
      attemptId: attempts[i].id,
      correctCount: attempts[i].correctCount ?? 0,
      predictionDiff: Math.abs(480 + i - 500),
      durationMs: attempts[i].durationMs ?? 0,
      submittedAt: attempts[i].submittedAt as Date,
      prizeTier: p.isWinner ? DEFAULT_PRIZE_TIERS[p.tier].code : null,
      excludedReason: null,
    })),
  });
  const awards = [];
  for (const [i, p] of people.entries()) {
    if (!p.isWinner) continue;
    const tier = DEFAULT_PRIZE_TIERS[p.tier];
    awards.push(
      await db.award.create({
        data: {
          roundId: round.id,
          participantId: participants[i].id,
          computationId: computation.id,
          attemptId: attempts[i].id,
          tierCode: tier.code,
          tierName: tier.name,
          tierOrder: p.tier + 1,
          rank: i + 1,
        },
        select: { id: true, participantId: true, tierName: true, rank: true },
      }),
    );
  }
  return { round, participants, awards, computation };
}

/** A round with nothing computed yet (still open). */
export async function makeBareRound(contestId: string, number: number) {
  return db.round.create({
    data: {
      contestId,
      number,
      name: `Quý ${number}`,
      opensAt: new Date(Date.UTC(2023, number * 3 - 3, 1)),
      closesAt: new Date(Date.UTC(2023, number * 3 - 1, 20)),
      awardYear: 2023,
      awardMonth: number * 3,
      prizeTiers: DEFAULT_PRIZE_TIERS,
      predictionQuestion: `Có bao nhiêu người tham gia Quý ${number}?`,
      status: "OPEN",
    },
    select: { id: true },
  });
}

export async function makeStaff() {
  const roles = ["ADMIN", "EDITOR", "JURY", "SECRETARY"] as const;
  const out = {} as Record<(typeof roles)[number], { id: string; kind: "staff"; role: (typeof roles)[number]; name: string }>;
  for (const role of roles) {
    const s = await db.staffUser.create({
      data: { username: `${role.toLowerCase()}-${next()}`, fullName: `Cán bộ ${role}`, role, passwordHash: "x" },
      select: { id: true, username: true },
    });
    out[role] = { id: s.id, kind: "staff", role, name: s.username };
  }
  return out;
}

export const TEN_WINNERS: WinnerSpec[] = [
  { fullName: "Nguyễn Thị Ánh Tuyết", tier: 0, unitName: "Sở Thông tin và Truyền thông" },
  { fullName: "Trần Văn Bình", tier: 1, wardName: "Phường Đông Thành" },
  { fullName: "Lê Thị Cúc", tier: 1 },
  { fullName: "Phạm Đức Dũng", tier: 2 },
  { fullName: "Hoàng Thị Én", tier: 2 },
  { fullName: "Vũ Văn Giang", tier: 2 },
  { fullName: "Đặng Thị Hoa", tier: 3 },
  { fullName: "Bùi Văn Khải", tier: 3 },
  { fullName: "Đỗ Thị Lan", tier: 3 },
  { fullName: "Ngô Văn Minh", tier: 3 },
];
