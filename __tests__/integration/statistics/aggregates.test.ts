// Every aggregate of the statistics pages against a direct count of the seeded rows (on SQLite,
// and on PostgreSQL with TEST_DATABASE=postgresql — the Vietnam-day bucketing is SQL per database).
jest.mock("next/cache", () => ({ unstable_cache: (fn: unknown) => fn, revalidatePath: jest.fn(), revalidateTag: jest.fn() }));

import { db } from "@/lib/db";
import { byDistrict, byGroup, byUnit, NO_UNIT_NAME, summarize } from "@/lib/statistics/breakdown";
import { getContestPlaces } from "@/lib/statistics/place-queries";
import { getPublicStatistics } from "@/lib/statistics/public-queries";
import { getDailyParticipation, getDurationCounts, getRoundBreakdown, getRoundContext, getRoundCounts, getScoreCounts } from "@/lib/statistics/round-queries";
import { buildStatTable, UNIT_PAGE_SIZE } from "@/lib/statistics/tables";
import { distinct, expectedBy, expectedCounts, expectedDaily, seedStatistics, submittedAttempts } from "./fixture";

let contest: Awaited<ReturnType<typeof seedStatistics>>;

beforeAll(async () => {
  contest = await seedStatistics(80);
}, 120_000);

const toMap = (rows: { value: number; count: number }[]) => new Map(rows.map((r) => [r.value, r.count]));

// The figures as the pages compute them: the database's breakdown rolled up onto the contest's places.
async function getRoundSummary(roundId: string, contestId: string) {
  return summarize(await getRoundBreakdown(roundId), await getRoundCounts(roundId, contestId));
}
async function getDistrictCounts(roundId: string, contestId: string) {
  return byDistrict(await getRoundBreakdown(roundId), (await getContestPlaces(contestId)).districts);
}
async function getUnitCounts(roundId: string, contestId: string) {
  return byUnit(await getRoundBreakdown(roundId), (await getContestPlaces(contestId)).units);
}

test("the fixture has data in every round, an in-progress attempt and a midnight pair", async () => {
  for (const r of contest.rounds) expect((await submittedAttempts(r.id)).length).toBeGreaterThan(20);
  expect(await db.attempt.count({ where: { status: "IN_PROGRESS" } })).toBe(1);
});

describe.each([1, 2, 3, 4])("round %i", (number) => {
  const round = () => contest.rounds[number - 1];

  test("summary: participants, attempts, in progress, registered, score and duration sums", async () => {
    const list = await submittedAttempts(round().id);
    const s = await getRoundSummary(round().id, contest.id);
    expect(s).toEqual({
      participants: distinct(list),
      attempts: list.length,
      inProgress: await db.attempt.count({ where: { roundId: round().id, status: "IN_PROGRESS" } }),
      registered: await db.participant.count({ where: { contestId: contest.id } }),
      scoreSum: list.reduce((t, a) => t + (a.correctCount ?? 0), 0),
      durationSumMs: list.reduce((t, a) => t + (a.durationMs ?? 0), 0),
      durationCount: list.filter((a) => a.durationMs !== null).length,
    });
  });

  test("per Vietnam day (vnDayKey): attempts, participants, first-timers", async () => {
    const list = await submittedAttempts(round().id);
    expect((await getDailyParticipation(round().id)).days).toEqual(expectedDaily(list));
  });

  test("by district (every district listed, the unknown one when present)", async () => {
    const list = await submittedAttempts(round().id);
    const expected = expectedBy(list, (a) => a.participant.districtId);
    const rows = await getDistrictCounts(round().id, contest.id);
    const districts = await db.district.count({ where: { contestId: contest.id } });
    expect(rows.filter((r) => r.districtId !== null)).toHaveLength(districts);
    for (const r of rows) {
      expect({ participants: r.participants, attempts: r.attempts, scoreSum: r.scoreSum }).toEqual(
        expected.get(r.districtId) ?? { participants: 0, attempts: 0, scoreSum: 0 },
      );
    }
    expect(rows.reduce((s, r) => s + r.attempts, 0)).toBe(list.length);
  });

  test("the breakdown (district × unit × group) equals direct counts at its own grain", async () => {
    const list = await submittedAttempts(round().id);
    const expected = expectedBy(list, (a) =>
      JSON.stringify([a.participant.districtId, a.participant.unitId, a.participant.unitId ? null : a.participant.unitName, a.participant.group]),
    );
    const rows = await getRoundBreakdown(round().id);
    expect(rows).toHaveLength(expected.size);
    for (const r of rows) {
      const e = expected.get(JSON.stringify([r.districtId, r.unitId, r.freeUnitName, r.group]))!;
      expect({ participants: r.participants, attempts: r.attempts, scoreSum: r.scoreSum }).toEqual(e);
    }
  });

  test("by unit: the contest's units (with zeros) and free-text units, paged the same as whole", async () => {
    const list = await submittedAttempts(round().id);
    const units = await db.unit.findMany({ where: { contestId: contest.id }, select: { id: true, name: true, headcount: true } });
    const byUnitKey = expectedBy(list, (a) => a.participant.unitId ?? `free:${a.participant.unitName}`);
    const all = await getUnitCounts(round().id, contest.id);
    const freeKeys = [...byUnitKey.keys()].filter((k) => String(k).startsWith("free:"));
    expect(all).toHaveLength(units.length + freeKeys.length);
    for (const u of units) {
      const row = all.find((r) => r.unitId === u.id)!;
      const e = byUnitKey.get(u.id) ?? { participants: 0, attempts: 0 };
      expect([row.name, row.headcount, row.participants, row.attempts]).toEqual([u.name, u.headcount, e.participants, e.attempts]);
    }
    for (const k of freeKeys) {
      const name = String(k).slice(5) || NO_UNIT_NAME;
      const row = all.find((r) => r.unitId === null && r.name === name)!;
      expect([row.participants, row.attempts]).toEqual([byUnitKey.get(k)!.participants, byUnitKey.get(k)!.attempts]);
    }
    // Most participants first; the table's pages are slices of the whole list.
    expect(all.map((r) => r.participants)).toEqual([...all.map((r) => r.participants)].sort((a, b) => b - a));
    const ctx = (await getRoundContext(round().id))!;
    const whole = await buildStatTable("theo-don-vi", ctx);
    const first = await buildStatTable("theo-don-vi", ctx, { page: 1 });
    expect(whole.rows.map((r) => r.name)).toEqual(all.map((r) => r.name));
    expect(first.rows).toEqual(whole.rows.slice(0, UNIT_PAGE_SIZE));
    expect(first.total).toBe(all.length);
  });

  test("by group, attempts per participant, scores and durations", async () => {
    const list = await submittedAttempts(round().id);
    const groups = byGroup(await getRoundBreakdown(round().id));
    const expected = expectedBy(list, (a) => a.participant.group);
    for (const g of ["CBCCVC", "NGUOI_DAN", "HSSV"] as const) {
      expect(groups[g]).toEqual(expected.get(g) ?? { participants: 0, attempts: 0, scoreSum: 0 });
    }
    const perPerson = [...expectedBy(list, (a) => a.participantId).values()].map((v) => v.attempts);
    expect(toMap((await getDailyParticipation(round().id)).attemptsPerParticipant)).toEqual(expectedCounts(perPerson));
    expect(toMap(await getScoreCounts(round().id))).toEqual(expectedCounts(list.map((a) => a.correctCount!)));
    expect(toMap(await getDurationCounts(round().id))).toEqual(expectedCounts(list.map((a) => Math.floor(a.durationMs! / 60_000))));
  });

  test("the tables carry the same figures, with complete series and rates", async () => {
    const ctx = (await getRoundContext(round().id))!;
    const list = await submittedAttempts(round().id);
    const scores = await buildStatTable("pho-diem", ctx);
    expect(scores.rows.map((r) => r.score)).toEqual(Array.from({ length: ctx.questionCount + 1 }, (_, i) => i));
    expect(scores.rows.reduce((s, r) => s + Number(r.attempts), 0)).toBe(list.length);
    const durations = await buildStatTable("thoi-gian", ctx);
    expect(durations.rows).toHaveLength(ctx.timeLimitSec / 60);
    expect(durations.rows.reduce((s, r) => s + Number(r.attempts), 0)).toBe(list.length);
    const daily = await buildStatTable("theo-ngay", ctx);
    expect(daily.rows.at(-1)!.cumulativeParticipants).toBe(distinct(list));
    const units = await buildStatTable("theo-don-vi", ctx);
    for (const r of units.rows) {
      expect(r.rate).toBe(r.headcount ? Number(r.participants) / Number(r.headcount) : null);
    }
  });
});

test("the midnight pair falls on two Vietnam days and the in-progress attempt counts nowhere", async () => {
  const q1 = contest.rounds[0];
  const days = new Map((await getDailyParticipation(q1.id)).days.map((d) => [d.day, d]));
  const list = await submittedAttempts(q1.id);
  const on = (day: string) => list.filter((a) => a.submittedAt && new Date(a.submittedAt.getTime() + 7 * 3600_000).toISOString().startsWith(day)).length;
  expect(days.get("2023-03-16")!.attempts).toBe(on("2023-03-16"));
  expect(days.get("2023-03-17")!.attempts).toBe(on("2023-03-17"));
  expect(on("2023-03-17")).toBeGreaterThanOrEqual(1);
  const s = await getRoundSummary(q1.id, contest.id);
  expect(s.inProgress).toBe(1);
  expect(list.some((a) => a.participantId === "edge-p-3")).toBe(false);
  expect(s.attempts).toBe(list.length);
});

test("public totals per round and per district equal direct counts, with no personal fields", async () => {
  const stats = await getPublicStatistics(contest.id);
  expect(stats.rounds.map((r) => r.number)).toEqual([1, 2, 3, 4]);
  const everything = (await Promise.all(contest.rounds.map((r) => submittedAttempts(r.id)))).flat();
  for (const r of stats.rounds) {
    const mine = await submittedAttempts(r.id);
    expect(mine.length).toBeGreaterThan(0);
    expect(r.counts).toEqual({ participants: distinct(mine), attempts: mine.length });
    const byDistrict = expectedBy(mine, (a) => a.participant.districtId);
    for (const d of stats.districts) {
      const e = byDistrict.get(d.id);
      expect(d.byRound[r.id]).toEqual({ participants: e?.participants ?? 0, attempts: e?.attempts ?? 0 });
    }
  }
  expect(stats.total).toEqual({ participants: distinct(everything), attempts: everything.length });
  const overall = expectedBy(everything, (a) => a.participant.districtId);
  for (const d of stats.districts) {
    const e = overall.get(d.id);
    expect(d.total).toEqual({ participants: e?.participants ?? 0, attempts: e?.attempts ?? 0 });
  }
  expect(JSON.stringify(stats)).not.toMatch(/cccd|phone|fullName|Biên Một/);
});
