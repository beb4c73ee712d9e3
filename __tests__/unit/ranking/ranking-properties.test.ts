// Property tests (fast-check) of the ranking and the prize walk together.
import fc from "fast-check";
import { allocatePrizes, type PrizeRules } from "@/lib/ranking/prizes";
import { RANKING_ORDERS } from "@/lib/ranking/ranking-order";
import { rankSubmittedAttempts, type SubmittedAttemptRow } from "@/lib/ranking/tie-break";

const T0 = Date.parse("2023-03-01T00:00:00Z");

// Small value ranges so ties are common on every key of the chain.
const attemptsArb = fc
  .array(
    fc.record({
      person: fc.nat({ max: 30 }),
      correctCount: fc.integer({ min: 15, max: 20 }),
      prediction: fc.option(fc.integer({ min: 0, max: 50 }), { nil: null }),
      durationMs: fc.option(fc.constantFrom(60_000, 61_000, 62_000), { nil: null }),
      submitted: fc.constantFrom(0, 1, 2),
    }),
    { maxLength: 80 },
  )
  .map((rows) =>
    rows.map((r, i): SubmittedAttemptRow => ({
      id: `a${String(i).padStart(3, "0")}`,
      participantId: `p${r.person}`,
      correctCount: r.correctCount,
      prediction: r.prediction,
      durationMs: r.durationMs,
      submittedAt: new Date(T0 + r.submitted * 1000),
      registeredAt: new Date(T0 - (r.person % 3) * 1000),
    })),
  );

const orderArb = fc.constantFrom(...RANKING_ORDERS);
const tiersArb = fc
  .array(fc.nat({ max: 4 }), { minLength: 1, maxLength: 4 })
  .map((counts) => counts.map((count, i) => ({ code: `T${i}`, name: `Hạng ${i + 1}`, count })));

const key = (rows: { participantId: string; attemptId: string; rank: number }[]) => rows.map((r) => `${r.rank}:${r.participantId}:${r.attemptId}`);

test("shuffling the input never changes the ranking", () => {
  fc.assert(
    fc.property(attemptsArb, orderArb, fc.integer({ min: 0, max: 50 }), fc.infiniteStream(fc.nat()), (attempts, order, truth, rnd) => {
      const shuffled = [...attempts];
      for (let i = shuffled.length - 1; i > 0; i--) {
        const j = rnd.next().value % (i + 1);
        [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
      }
      expect(key(rankSubmittedAttempts(shuffled, order, truth))).toEqual(key(rankSubmittedAttempts(attempts, order, truth)));
    }),
    { numRuns: 300 },
  );
});

test("prizes: tiers filled in order, nobody wins twice, disqualified and organisers never win, the walk skips nobody eligible", () => {
  fc.assert(
    fc.property(
      attemptsArb,
      orderArb,
      tiersArb,
      fc.uniqueArray(fc.nat({ max: 30 }), { maxLength: 10 }),
      fc.uniqueArray(fc.nat({ max: 30 }), { maxLength: 5 }),
      fc.option(fc.integer({ min: 15, max: 20 }), { nil: null }),
      (attempts, order, tiers, dq, organisers, minScore) => {
        const disqualified = new Set(dq.map((n) => `p${n}`));
        const organiser = new Set(organisers.map((n) => `p${n}`));
        const ranked = rankSubmittedAttempts(attempts, order, 25);
        const candidates = ranked.map((r) => ({
          ...r,
          isDisqualified: disqualified.has(r.participantId),
          isOrganiserMember: organiser.has(r.participantId),
          isEarlierWinner: false,
        }));
        const rules: PrizeRules = { tiers, minScoreForPrize: minScore, excludeEarlierWinners: false };
        const { awards } = allocatePrizes(candidates, rules);

        const winners = awards.map((a) => a.participantId);
        expect(new Set(winners).size).toBe(winners.length);
        for (const w of winners) {
          expect(disqualified.has(w)).toBe(false);
          expect(organiser.has(w)).toBe(false);
        }
        // Tier order never goes back up the list as the rank goes down.
        for (let i = 1; i < awards.length; i++) {
          expect(awards[i].rank).toBeGreaterThan(awards[i - 1].rank);
          expect(awards[i].tierOrder).toBeGreaterThanOrEqual(awards[i - 1].tierOrder);
        }
        // Each tier gets its count, in order, as long as eligible people remain.
        const eligible = candidates.filter((c) => !c.isDisqualified && !c.isOrganiserMember && (minScore === null || c.correctCount >= minScore));
        const slots = tiers.flatMap((t, i) => Array.from({ length: t.count }, () => ({ code: t.code, order: i + 1 })));
        expect(awards.map((a) => a.tier)).toEqual(slots.slice(0, Math.min(slots.length, eligible.length)).map((s) => s.code));
        // The winners are exactly the best-ranked eligible people.
        expect(winners).toEqual(eligible.slice(0, awards.length).map((e) => e.participantId));
      },
    ),
    { numRuns: 300 },
  );
});

test("shuffling the ranking handed to the prize walk changes nothing", () => {
  fc.assert(
    fc.property(attemptsArb, orderArb, fc.uniqueArray(fc.nat({ max: 30 }), { maxLength: 6 }), (attempts, order, dq) => {
      const candidates = rankSubmittedAttempts(attempts, order, 10).map((r) => ({
        ...r,
        isDisqualified: dq.includes(Number(r.participantId.slice(1))),
        isOrganiserMember: false,
        isEarlierWinner: false,
      }));
      const rules: PrizeRules = {
        tiers: [
          { code: "A", name: "A", count: 2 },
          { code: "B", name: "B", count: 3 },
        ],
        minScoreForPrize: null,
        excludeEarlierWinners: false,
      };
      expect(allocatePrizes([...candidates].reverse(), rules)).toEqual(allocatePrizes(candidates, rules));
    }),
    { numRuns: 200 },
  );
});
