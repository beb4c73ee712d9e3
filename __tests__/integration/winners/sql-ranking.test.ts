// The SQL ranking (window functions + INSERT … SELECT) must equal the pure rules of
// lib/ranking on the same data, on both databases, including ties down to the last key.
import fc from "fast-check";
import { db } from "@/lib/db";
import { RANKING_ORDERS } from "@/lib/ranking/ranking-order";
import { rankSubmittedAttempts } from "@/lib/ranking/tie-break";
import { countTruth, resolveTrueValue } from "@/lib/ranking/true-value";
import { computeRoundWinners } from "@/lib/winners/compute";
import { fixedClock, setClock } from "@/lib/time";
import { makeAttempts, makeContest, makeParticipants, makeRound } from "./fixtures";

const actor = { type: "SYSTEM" as const, name: "test" };
const base = Date.parse("2023-03-01T00:00:00Z");

// Few distinct values per key, so ties are frequent and every key of the chain gets used.
const attemptArb = fc.record({
  person: fc.nat({ max: 24 }),
  correctCount: fc.oneof(fc.integer({ min: 17, max: 20 }), fc.constant(null)),
  prediction: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.constant(null), fc.constant(2_000_000_000)),
  durationMs: fc.oneof(fc.constantFrom(60_000, 61_000, 90_500), fc.constant(null)),
  submittedOffset: fc.constantFrom(0, 1, 1000),
  status: fc.constantFrom("SUBMITTED", "SUBMITTED", "SUBMITTED", "IN_PROGRESS"),
});
// Ids with upper case, digits and punctuation: the database must compare them byte-wise like JS.
const idArb = fc
  .constantFrom("a", "B", "b", "Z", "-", "_", "0", "9")
  .chain((c) => fc.string({ minLength: 1, maxLength: 5 }).map((s) => `${c}${s.replace(/[^\w-]/g, "x")}`));

async function loadAttempts(roundId: string) {
  const rows = await db.attempt.findMany({
    where: { roundId },
    select: {
      id: true,
      participantId: true,
      status: true,
      correctCount: true,
      prediction: true,
      durationMs: true,
      submittedAt: true,
      participant: { select: { registeredAt: true } },
    },
  });
  return rows;
}

test("SQL ranking equals the pure ranking on random data, both orders", async () => {
  setClock(fixedClock("2023-03-31T05:00:00Z"));
  const contest = await makeContest();
  let roundNumber = 0;
  await fc.assert(
    fc.asyncProperty(
      fc.array(attemptArb, { minLength: 0, maxLength: 60 }),
      fc.uniqueArray(idArb, { minLength: 25, maxLength: 25 }),
      fc.constantFrom(...RANKING_ORDERS),
      fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 40 })),
      async (specs, ids, order, override) => {
        roundNumber++;
        const round = await makeRound(contest.id, { number: roundNumber, rankingOrder: order, trueValueOverride: override });
        const people = await makeParticipants(
          contest.id,
          ids.map((id, i) => ({ id: `${roundNumber}${id}`, registeredAt: new Date(base - (i % 3) * 1000) })),
        );
        // At most one attempt in progress per person (the unique inProgressKey).
        const inProgress = new Set<number>();
        const attempts = specs.map((s) => {
          const status = s.status === "IN_PROGRESS" && !inProgress.has(s.person) ? "IN_PROGRESS" : "SUBMITTED";
          if (status === "IN_PROGRESS") inProgress.add(s.person);
          return { ...s, status, participantId: people[s.person].id, submittedAt: new Date(base + s.submittedOffset) } as const;
        });
        await makeAttempts(round.id, attempts);

        const result = await computeRoundWinners(round.id, { kind: "FINAL", computedBy: "test", actor });
        const stored = await loadAttempts(round.id);
        const truth = resolveTrueValue("PARTICIPANTS", countTruth(stored), override);
        expect(result.computation.trueValue).toBe(truth.value);
        const expected = rankSubmittedAttempts(
          stored
            .filter((a) => a.status === "SUBMITTED")
            .map((a) => ({ ...a, correctCount: a.correctCount ?? 0, submittedAt: a.submittedAt!, registeredAt: a.participant.registeredAt })),
          order,
          truth.value,
        );
        const entries = await db.rankingEntry.findMany({
          where: { computationId: result.computation.id },
          orderBy: { rank: "asc" },
          select: { rank: true, participantId: true, attemptId: true },
        });
        expect(entries).toEqual(expected.map((e) => ({ rank: e.rank, participantId: e.participantId, attemptId: e.attemptId })));
      },
    ),
    { numRuns: 25, seed: 20230331 },
  );
}, 120_000);
