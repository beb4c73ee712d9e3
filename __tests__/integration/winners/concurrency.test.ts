// Two runs at the same time on the same data store one computation (the unique (roundId, inputHash)
// decides on PostgreSQL, where both transactions really run in parallel).
import { db } from "@/lib/db";
import { fixedClock, setClock } from "@/lib/time";
import { computeRoundWinners } from "@/lib/winners/compute";
import { makeAttempts, makeContest, makeParticipants, makeRound } from "./fixtures";

test("parallel runs on the same data return the same computation and store it once", async () => {
  setClock(fixedClock("2023-03-31T05:00:00Z"));
  const contest = await makeContest();
  const round = await makeRound(contest.id);
  const people = await makeParticipants(
    contest.id,
    Array.from({ length: 40 }, () => ({})),
  );
  await makeAttempts(
    round.id,
    people.map((p, i) => ({
      participantId: p.id,
      correctCount: 10 + (i % 11),
      prediction: i,
      durationMs: 100_000 + i,
      submittedAt: new Date("2023-03-20T03:00:00Z"),
    })),
  );
  const actor = { type: "SYSTEM" as const, name: "test" };
  const results = await Promise.all([1, 2, 3].map(() => computeRoundWinners(round.id, { kind: "FINAL", computedBy: "cron", actor })));
  expect(new Set(results.map((r) => r.computation.id)).size).toBe(1);
  expect(results.filter((r) => r.created)).toHaveLength(1);
  expect(await db.winnerComputation.count({ where: { roundId: round.id } })).toBe(1);
  expect(await db.rankingEntry.count()).toBe(40);
  expect(await db.auditLog.count({ where: { action: "winners.compute" } })).toBe(1);
});
