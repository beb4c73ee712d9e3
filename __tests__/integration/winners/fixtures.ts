// Data builders for the winners tests: a contest with one round, participants and submitted
// attempts written straight to the database (the quiz engine is not under test here).
import { db } from "@/lib/db";
import { DEFAULT_PRIZE_TIERS } from "@/lib/contests/prize-tiers";
import { parsePlanWindow, awardMonthOf } from "@/lib/time";

let seq = 0;
const next = () => ++seq;

export async function makeContest(overrides: { slug?: string; year?: number; featured?: boolean } = {}) {
  const n = next();
  return db.contest.create({
    data: {
      slug: overrides.slug ?? `thu-nghiem-${n}`,
      name: `Cuộc thi thử nghiệm ${n}`,
      organiser: "Sở Thông tin và Truyền thông",
      organiserShort: "Sở TT&TT",
      year: overrides.year ?? 2023,
      isFeatured: overrides.featured ?? false,
    },
    select: { id: true, slug: true },
  });
}

export interface RoundSpec {
  number?: number;
  from?: string; // dd/MM/yyyy
  to?: string;
  rankingOrder?: "CORRECT_PREDICTION_DURATION" | "CORRECT_DURATION_PREDICTION";
  predictionTruth?: "PARTICIPANTS" | "ATTEMPTS";
  prizeTiers?: { code: string; name: string; count: number }[];
  minScoreForPrize?: number | null;
  excludeEarlierWinners?: boolean;
  trueValueOverride?: number | null;
}

export async function makeRound(contestId: string, spec: RoundSpec = {}) {
  const { opensAt, closesAt } = parsePlanWindow(spec.from ?? "15/02/2023", spec.to ?? "30/3/2023");
  const award = awardMonthOf(closesAt);
  return db.round.create({
    data: {
      contestId,
      number: spec.number ?? 1,
      name: `Quý ${spec.number ?? 1}`,
      opensAt,
      closesAt,
      awardYear: award.year,
      awardMonth: award.month,
      rankingOrder: spec.rankingOrder ?? "CORRECT_PREDICTION_DURATION",
      predictionTruth: spec.predictionTruth ?? "PARTICIPANTS",
      prizeTiers: spec.prizeTiers ?? DEFAULT_PRIZE_TIERS,
      minScoreForPrize: spec.minScoreForPrize ?? null,
      excludeEarlierWinners: spec.excludeEarlierWinners ?? false,
      trueValueOverride: spec.trueValueOverride ?? null,
      predictionQuestion: "Có bao nhiêu người tham gia?",
    },
  });
}

export interface PersonSpec {
  id?: string;
  fullName?: string;
  registeredAt?: Date;
  isOrganiserMember?: boolean;
  phone?: string;
  cccd?: string;
  birthDate?: string;
  registrationIpHash?: string | null;
}

export async function makeParticipants(contestId: string, people: PersonSpec[]) {
  const rows = people.map((p) => {
    const n = next();
    const fullName = p.fullName ?? `Thí sinh ${n}`;
    return {
      id: p.id ?? `p-${n}-${Math.random().toString(36).slice(2, 8)}`,
      contestId,
      fullName,
      fullNameSearch: fullName.toLowerCase(),
      birthDate: p.birthDate ?? "1990-01-01",
      gender: "MALE" as const,
      cccd: p.cccd ?? `0370900${String(n).padStart(5, "0")}`,
      phone: p.phone ?? `09${String(n).padStart(8, "0")}`,
      group: "CBCCVC" as const,
      passwordHash: "!test",
      isOrganiserMember: p.isOrganiserMember ?? false,
      registeredAt: p.registeredAt ?? new Date("2023-02-01T00:00:00Z"),
      registrationIpHash: p.registrationIpHash ?? null,
    };
  });
  await db.participant.createMany({ data: rows });
  return rows;
}

export interface AttemptSpec {
  id?: string;
  participantId: string;
  number?: number;
  correctCount: number | null;
  prediction: number | null;
  durationMs: number | null;
  submittedAt: Date;
  status?: "SUBMITTED" | "IN_PROGRESS";
  ipHash?: string | null;
}

export async function makeAttempts(roundId: string, attempts: AttemptSpec[]) {
  const counter = new Map<string, number>();
  const rows = attempts.map((a) => {
    const number = a.number ?? (counter.get(a.participantId) ?? 0) + 1;
    counter.set(a.participantId, number);
    const startedAt = new Date(a.submittedAt.getTime() - (a.durationMs ?? 60_000));
    const inProgress = a.status === "IN_PROGRESS";
    return {
      id: a.id ?? `a-${next()}-${Math.random().toString(36).slice(2, 8)}`,
      roundId,
      participantId: a.participantId,
      number,
      status: a.status ?? ("SUBMITTED" as const),
      inProgressKey: inProgress ? `${a.participantId}:${roundId}` : null,
      startedAt,
      deadline: new Date(startedAt.getTime() + 1_200_000),
      submittedAt: inProgress ? null : a.submittedAt,
      submitSource: inProgress ? null : ("PARTICIPANT" as const),
      durationMs: inProgress ? null : a.durationMs,
      correctCount: inProgress ? null : a.correctCount,
      prediction: a.prediction,
      ipHash: a.ipHash ?? null,
    };
  });
  for (let i = 0; i < rows.length; i += 500) await db.attempt.createMany({ data: rows.slice(i, i + 500) });
  return rows;
}

export async function makeStaff(role: "ADMIN" | "JURY" | "EDITOR" | "SECRETARY", username = `${role.toLowerCase()}-${next()}`) {
  return db.staffUser.create({
    data: { username, fullName: `Cán bộ ${username}`, role, passwordHash: "!test" },
    select: { id: true, username: true, role: true, fullName: true },
  });
}

export function asStaffSession(staff: { id: string; role: string; fullName: string }) {
  return { id: staff.id, kind: "staff" as const, role: staff.role as "ADMIN" | "JURY", name: staff.fullName };
}
