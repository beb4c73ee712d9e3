// Exclusions read from the database during allocation: earlier-round winners (when the round says
// so), organiser members, the minimum score; the true value counted as attempts or overridden.
import { db } from "@/lib/db";
import { fixedClock, setClock } from "@/lib/time";
import { computeRoundWinners } from "@/lib/winners/compute";
import { makeAttempts, makeContest, makeParticipants, makeRound } from "./fixtures";

const actor = { type: "SYSTEM" as const, name: "test" };
const tiers = [
  { code: "NHAT", name: "Giải Nhất", count: 1 },
  { code: "NHI", name: "Giải Nhì", count: 2 },
];

test("earlier-round winners are skipped when the round sets excludeEarlierWinners; organisers and low scores never win", async () => {
  setClock(fixedClock("2023-07-01T03:00:00Z"));
  const contest = await makeContest();
  const r1 = await makeRound(contest.id, { number: 1, prizeTiers: tiers });
  const r2 = await makeRound(contest.id, {
    number: 2,
    from: "01/04/2023",
    to: "30/6/2023",
    prizeTiers: tiers,
    excludeEarlierWinners: true,
    minScoreForPrize: 15,
  });
  const people = await makeParticipants(contest.id, [{}, {}, { isOrganiserMember: true }, {}, {}, {}]);
  const when = (r: { opensAt: Date }) => new Date(r.opensAt.getTime() + 86_400_000);
  // Scores: p0 20, p1 19, p2 (organiser) 18, p3 17, p4 16, p5 14 (under the minimum of round 2).
  for (const r of [r1, r2]) {
    await makeAttempts(
      r.id,
      people.map((p, i) => ({ participantId: p.id, correctCount: [20, 19, 18, 17, 16, 14][i], prediction: 6, durationMs: 100_000, submittedAt: when(r) })),
    );
  }
  const first = await computeRoundWinners(r1.id, { kind: "FINAL", computedBy: "test", actor });
  expect(first.computation.prizes.map((p) => p.participantId)).toEqual([people[0].id, people[1].id, people[3].id]);
  // Round 1 approved: its winners become Award rows.
  await db.award.createMany({
    data: first.computation.prizes.map((p) => ({
      roundId: r1.id,
      participantId: p.participantId,
      computationId: first.computation.id,
      attemptId: p.attemptId,
      tierCode: p.tier,
      tierName: p.tierName,
      tierOrder: p.tierOrder,
      rank: p.rank,
    })),
  });

  const second = await computeRoundWinners(r2.id, { kind: "FINAL", computedBy: "test", actor });
  expect(second.computation.prizes.map((p) => [p.participantId, p.tier])).toEqual([[people[4].id, "NHAT"]]);
  const entries = await db.rankingEntry.findMany({
    where: { computationId: second.computation.id },
    orderBy: { rank: "asc" },
    select: { participantId: true, prizeTier: true, excludedReason: true },
  });
  expect(entries.map((e) => e.excludedReason ?? e.prizeTier)).toEqual([
    "EARLIER_WINNER",
    "EARLIER_WINNER",
    "ORGANISER_MEMBER",
    "EARLIER_WINNER",
    "NHAT",
    "BELOW_MIN_SCORE",
  ]);
});

test("true value: number of submitted attempts when the round says so (an abandoned one is closed and counts); an override wins", async () => {
  setClock(fixedClock("2023-04-02T03:00:00Z"));
  const contest = await makeContest();
  const round = await makeRound(contest.id, { predictionTruth: "ATTEMPTS" });
  const people = await makeParticipants(contest.id, [{}, {}, {}]);
  const at = new Date("2023-03-01T03:00:00Z");
  await makeAttempts(round.id, [
    ...people.map((p) => ({ participantId: p.id, correctCount: 10, prediction: 5, durationMs: 1000, submittedAt: at })),
    { participantId: people[0].id, correctCount: 9, prediction: 5, durationMs: 1000, submittedAt: at },
    { participantId: people[1].id, correctCount: null, prediction: 5, durationMs: null, submittedAt: at, status: "IN_PROGRESS" },
  ]);
  // The in-progress attempt expired long ago: the computation's sweep closes it first (FAIRNESS.md §1).
  const counted = await computeRoundWinners(round.id, { kind: "FINAL", computedBy: "test", actor });
  expect(counted.computation).toMatchObject({ trueValue: 5, attemptCount: 5, participantCount: 3, entryCount: 3 });
  expect((await db.round.findUniqueOrThrow({ where: { id: round.id } })).trueValue).toBe(5);
  const diffs = await db.rankingEntry.findMany({ where: { computationId: counted.computation.id }, select: { predictionDiff: true } });
  expect(diffs.map((d) => d.predictionDiff)).toEqual([0, 0, 0]);

  await db.round.update({ where: { id: round.id }, data: { trueValueOverride: 7, trueValueOverrideReason: "Kiểm tra" } });
  const overridden = await computeRoundWinners(round.id, { kind: "FINAL", computedBy: "test", actor });
  expect(overridden.created).toBe(true);
  expect(overridden.computation.trueValue).toBe(7);
  // The round keeps the value the system counted; the override lives beside it.
  expect((await db.round.findUniqueOrThrow({ where: { id: round.id } })).trueValue).toBe(5);
});
