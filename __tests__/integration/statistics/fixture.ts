// Seeded data for the statistics tests (the 2023 synthetic history) plus edge cases the seed does
// not produce, and the expected figures computed in plain JS from `findMany` of the stored rows.
import { db } from "@/lib/db";
import { fixedClock, vnDayKey } from "@/lib/time";
import { runSeed } from "@/prisma/seed-lib";

export const SEED_CLOCK = fixedClock("2026-11-29T04:00:00Z");

export async function seedStatistics(historySize = 80) {
  await runSeed(db, { clock: SEED_CLOCK, staffPassword: "x", historySize });
  const contest = await db.contest.findUniqueOrThrow({
    where: { slug: "chuyen-doi-so-2023" },
    select: {
      id: true,
      slug: true,
      rounds: {
        orderBy: { number: "asc" },
        select: { id: true, number: true, contestId: true, questionCount: true, timeLimitSec: true, attemptsAllowed: true },
      },
    },
  });
  const q1 = contest.rounds[0];
  const base = {
    contestId: contest.id,
    birthDate: "2008-01-01",
    gender: "FEMALE" as const,
    passwordHash: "!",
    registeredAt: new Date("2023-02-20T00:00:00Z"),
  };
  // A free-text unit and no district; a person with no unit at all; a person only in progress.
  await db.participant.createMany({
    data: [
      {
        ...base,
        id: "edge-p-1",
        fullName: "Biên Một",
        fullNameSearch: "bien mot",
        cccd: "037308000001",
        phone: "0988000001",
        group: "HSSV",
        districtId: null,
        unitId: null,
        unitName: "Trường Tiểu học Kim Đồng",
      },
      {
        ...base,
        id: "edge-p-2",
        fullName: "Biên Hai",
        fullNameSearch: "bien hai",
        cccd: "037308000002",
        phone: "0988000002",
        group: "NGUOI_DAN",
        unitId: null,
        unitName: "",
      },
      {
        ...base,
        id: "edge-p-3",
        fullName: "Biên Ba",
        fullNameSearch: "bien ba",
        cccd: "037308000003",
        phone: "0988000003",
        group: "NGUOI_DAN",
        unitId: null,
        unitName: "",
      },
    ],
  });
  const attempt = (id: string, participantId: string, number: number, submittedAt: string, durationMs: number, correctCount: number) => ({
    id,
    roundId: q1.id,
    participantId,
    number,
    status: "SUBMITTED" as const,
    startedAt: new Date(Date.parse(submittedAt) - durationMs),
    deadline: new Date(Date.parse(submittedAt) + 60_000),
    submittedAt: new Date(submittedAt),
    submitSource: "PARTICIPANT" as const,
    durationMs,
    correctCount,
    prediction: 10,
  });
  await db.attempt.createMany({
    data: [
      // 23:59:59.999 and 00:00:00.000 Vietnam time: two different Vietnam days (16/03 and 17/03).
      attempt("edge-a-1", "edge-p-1", 1, "2023-03-16T16:59:59.999Z", 59_999, 20),
      attempt("edge-a-2", "edge-p-1", 2, "2023-03-16T17:00:00.000Z", 60_000, 0),
      attempt("edge-a-3", "edge-p-2", 1, "2023-03-01T01:00:00.000Z", 1_199_999, 7),
      {
        id: "edge-a-4",
        roundId: q1.id,
        participantId: "edge-p-3",
        number: 1,
        status: "IN_PROGRESS",
        inProgressKey: `edge-p-3:${q1.id}`,
        startedAt: new Date("2023-03-20T01:00:00Z"),
        deadline: new Date("2023-03-20T01:20:00Z"),
      },
    ],
  });
  return contest;
}

export async function submittedAttempts(roundId: string) {
  return db.attempt.findMany({
    where: { roundId, status: "SUBMITTED" },
    select: {
      id: true,
      participantId: true,
      submittedAt: true,
      durationMs: true,
      correctCount: true,
      participant: { select: { districtId: true, unitId: true, unitName: true, group: true } },
    },
  });
}

export type SeededAttempt = Awaited<ReturnType<typeof submittedAttempts>>[number];

function countBy<T>(list: readonly T[], key: (t: T) => string | number | null): Map<string | number | null, T[]> {
  const m = new Map<string | number | null, T[]>();
  for (const t of list) {
    const k = key(t);
    m.set(k, [...(m.get(k) ?? []), t]);
  }
  return m;
}

export const distinct = (list: readonly SeededAttempt[]) => new Set(list.map((a) => a.participantId)).size;

export function expectedDaily(list: readonly SeededAttempt[]) {
  const first = new Map<string, Date>();
  for (const a of list) {
    const prev = first.get(a.participantId);
    if (!prev || a.submittedAt! < prev) first.set(a.participantId, a.submittedAt!);
  }
  const firstDays = [...first.values()].map((d) => vnDayKey(d));
  return [...countBy(list, (a) => vnDayKey(a.submittedAt!))]
    .map(([day, rows]) => ({
      day: String(day),
      attempts: rows.length,
      participants: distinct(rows),
      newParticipants: firstDays.filter((d) => d === day).length,
    }))
    .sort((a, b) => a.day.localeCompare(b.day));
}

export function expectedBy(list: readonly SeededAttempt[], key: (a: SeededAttempt) => string | number | null) {
  return new Map(
    [...countBy(list, key)].map(([k, rows]) => [
      k,
      { participants: distinct(rows), attempts: rows.length, scoreSum: rows.reduce((s, a) => s + (a.correctCount ?? 0), 0) },
    ]),
  );
}

export function expectedCounts(values: readonly number[]) {
  return new Map([...countBy(values, (v) => v)].map(([k, rows]) => [k as number, rows.length]));
}
