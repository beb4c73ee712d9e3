// The seeded 2023 history yields winners for its rounds, visible on /ket-qua after publication.
jest.mock("next/cache", () => ({ revalidatePath: jest.fn(), revalidateTag: jest.fn() }));

import { setSessionForTests } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { fixedClock, setClock } from "@/lib/time";
import { approveWinnersAction, publishWinnersAction, recomputeWinnersAction } from "@/lib/winners/actions";
import { getPublicResults } from "@/lib/winners/publication";
import { getLatestComputation } from "@/lib/winners/queries";
import { getRoundReview } from "@/lib/winners/review";
import { runSeed } from "@/prisma/seed-lib";

const SEED_CLOCK = fixedClock("2023-03-31T10:00:00Z");
let rounds: { id: string; number: number }[];
let staff: { jury: { id: string; fullName: string }; admin: { id: string; fullName: string } };

beforeAll(async () => {
  // Seeding "in 2023" makes the 2023 contest the featured one (no current-year contest is made).
  await runSeed(db, { clock: SEED_CLOCK, staffPassword: "mat-khau-thu", historySize: 120 });
  const contest = await db.contest.findUniqueOrThrow({
    where: { slug: "chuyen-doi-so-2023" },
    select: { isFeatured: true, rounds: { orderBy: { number: "asc" }, select: { id: true, number: true } } },
  });
  expect(contest.isFeatured).toBe(true);
  rounds = contest.rounds;
  const [jury, admin] = await Promise.all([
    db.staffUser.findUniqueOrThrow({ where: { username: "giamkhao" }, select: { id: true, fullName: true } }),
    db.staffUser.findUniqueOrThrow({ where: { username: "admin" }, select: { id: true, fullName: true } }),
  ]);
  staff = { jury, admin };
}, 120_000);

async function approveAndPublish(roundId: string) {
  const latest = (await getLatestComputation(roundId))!;
  expect(latest.kind).toBe("FINAL");
  expect(await approveWinnersAction({ roundId, computationId: latest.id })).toMatchObject({ ok: true });
  expect(await publishWinnersAction({ roundId })).toMatchObject({ ok: true });
}

test("2023 Q1: final winners computed on 31/03 (award month), approved, published, shown on /ket-qua", async () => {
  setClock(SEED_CLOCK); // 31/03 17:00 in Vietnam: after Q1 closed, still March
  setSessionForTests({ id: staff.jury.id, kind: "staff", role: "JURY", name: staff.jury.fullName });
  const q1 = rounds[0].id;

  const before = await getPublicResults();
  expect(before!.rounds[0]).toMatchObject({ published: false, awardMonth: "03/2023", tiers: [] });

  expect(await recomputeWinnersAction({ roundId: q1 })).toMatchObject({ ok: true });
  const review = (await getRoundReview(q1, 1))!;
  expect(review.computation?.kind).toBe("FINAL");
  expect(review.rows.length).toBeGreaterThanOrEqual(10);
  expect(review.rows.map((r) => r.rank)).toEqual(review.rows.map((_, i) => i + 1));
  await approveAndPublish(q1);

  const results = (await getPublicResults())!;
  expect(results.contest.slug).toBe("chuyen-doi-so-2023");
  const r1 = results.rounds[0];
  expect(r1.published).toBe(true);
  expect(r1.tiers.map((t) => [t.code, t.winners.length])).toEqual([
    ["NHAT", 1],
    ["NHI", 2],
    ["BA", 3],
    ["KHUYEN_KHICH", 4],
  ]);
  const winners = r1.tiers.flatMap((t) => t.winners);
  expect(winners).toHaveLength(10);
  for (const w of winners) {
    expect(w.fullName.length).toBeGreaterThan(3);
    expect(w.cccd).toMatch(/^037\*{6}\d{3}$/);
    expect(w.phone).toMatch(/^09\*{6}\d{2}$/);
    expect(w.district).toBeTruthy();
  }
  // The true value is the number of Q1 participants the system counted at close.
  const q1Participants = await db.attempt.groupBy({ by: ["participantId"], where: { roundId: q1, status: "SUBMITTED" } });
  expect(r1.trueValue).toBe(q1Participants.length);
  expect(r1.participantCount).toBe(q1Participants.length);
  // Other rounds are not published yet: nothing of them is shown.
  expect(results.rounds.slice(1).every((r) => !r.published && r.tiers.length === 0 && r.trueValue === null)).toBe(true);
}, 60_000);

test("every 2023 round yields 10 winners (Q2 and Q3 close on the last day of their award month: ADMIN forces the final list)", async () => {
  setSessionForTests({ id: staff.admin.id, kind: "staff", role: "ADMIN", name: staff.admin.fullName });
  const plan: [number, string, boolean][] = [
    [1, "2023-07-03T03:00:00Z", true],
    [2, "2023-10-03T03:00:00Z", true],
    [3, "2023-12-04T03:00:00Z", false],
  ];
  for (const [i, iso, force] of plan) {
    setClock(fixedClock(iso));
    const r = await recomputeWinnersAction({ roundId: rounds[i].id, force, reason: force ? "Đợt thi kết thúc ngày cuối tháng xét giải" : undefined });
    expect(r).toMatchObject({ ok: true });
    await approveAndPublish(rounds[i].id);
  }
  const results = (await getPublicResults("chuyen-doi-so-2023"))!;
  expect(results.rounds.map((r) => [r.number, r.published, r.tiers.flatMap((t) => t.winners).length])).toEqual([
    [1, true, 10],
    [2, true, 10],
    [3, true, 10],
    [4, true, 10],
  ]);
  // Organiser members (every 97th synthetic person) never appear among the winners.
  const organisers = await db.participant.findMany({ where: { isOrganiserMember: true }, select: { id: true } });
  expect(await db.award.count({ where: { participantId: { in: organisers.map((o) => o.id) } } })).toBe(0);
}, 60_000);
