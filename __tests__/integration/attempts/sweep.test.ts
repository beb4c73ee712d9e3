// The set-based sweep of abandoned attempts must close each one exactly as the lazy close does
// (closeAttemptIfExpired), to the millisecond and item by item, under any applied regrade, and
// whatever the interleaving when both run at once.
import fc from "fast-check";
import { db } from "@/lib/db";
import { closeAttemptIfExpired } from "@/lib/attempts/close";
import { gradeItems, type GradingRule } from "@/lib/attempts/rules";
import { sweepExpiredAttempts } from "@/lib/attempts/sweep";
import { fixedClock, setClock } from "@/lib/time";
import { makeFixture, MIN, T0, type Fixture } from "./fixtures";
import { closedRows, insertAttempts, insertRegrades, makeBareRound, versionsOf, type AttemptRowSpec, type RegradeStatus } from "./sweep-fixtures";

const AT = new Date(T0.getTime() + 30 * MIN);

const ruleArb: fc.Arbitrary<GradingRule | null> = fc.oneof(
  fc.constant(null),
  fc.integer({ min: 0, max: 3 }).map((correctIndex) => ({ mode: "NEW_KEY" as const, correctIndex })),
  fc.constant({ mode: "ALL_CORRECT" as const }),
  fc.constant({ mode: "DROP" as const }),
);
const regradeArb = fc.record({ rule: ruleArb, status: fc.constantFrom<RegradeStatus>("APPLIED", "APPLIED", "PROPOSED", "REJECTED", "SUPERSEDED") });

// Deadlines around deadline + grace = AT (the edge of isPastGrace: strictly after), odd milliseconds.
const attemptArb = fc.record({
  pastGraceByMs: fc.oneof(fc.constantFrom(-1, 0, 1, 2), fc.integer({ min: -120_000, max: 3 * 60 * MIN })),
  durationMs: fc.oneof(fc.constantFrom(0, 1, 1_200_000), fc.integer({ min: 0, max: 1_200_000 })),
  earlierSubmitted: fc.boolean(),
  items: fc.array(
    fc.record({
      version: fc.nat({ max: 11 }),
      chosenIndex: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 3 })),
      // Relative to the deadline; null: never saved.
      savedOffsetMs: fc.oneof(fc.constant(null), fc.constantFrom(-1, 0, 1), fc.integer({ min: -1_200_000, max: 5_000 })),
    }),
    { minLength: 1, maxLength: 6 },
  ),
});

type AttemptArb = typeof attemptArb extends fc.Arbitrary<infer T> ? T : never;

let f: Fixture;
let versions: { id: string; correctIndex: number }[];

beforeAll(async () => {
  f = await makeFixture({ questions: 12, participants: 6 });
  versions = await versionsOf(f.contestId);
});

function specsFor(attempts: AttemptArb[], graceSec: number): AttemptRowSpec[][] {
  return attempts.map((a, k) => {
    const deadline = new Date(AT.getTime() - graceSec * 1000 - a.pastGraceByMs);
    const startedAt = new Date(deadline.getTime() - a.durationMs);
    const items = a.items.map((it) => ({
      versionId: versions[it.version].id,
      chosenIndex: it.chosenIndex,
      savedAt: it.savedOffsetMs === null ? null : new Date(deadline.getTime() + it.savedOffsetMs),
    }));
    const current: AttemptRowSpec = { participantId: f.participantIds[k], number: 2, startedAt, deadline, items };
    // An earlier submitted attempt of the same person: neither close may touch it.
    const earlier: AttemptRowSpec = {
      participantId: f.participantIds[k],
      number: 1,
      status: "SUBMITTED",
      startedAt: new Date(startedAt.getTime() - 60 * MIN),
      deadline: new Date(startedAt.getTime() - 40 * MIN),
      items,
    };
    return a.earlierSubmitted ? [earlier, current] : [current];
  });
}

/** Two identical rounds (same grace, same regrade rows, same attempts): one for each closing path. */
async function twins(attempts: AttemptArb[], graceSec: number, regrades: { rule: GradingRule | null; status: RegradeStatus }[]) {
  const rounds = await Promise.all(
    [0, 1].map(() =>
      makeBareRound(f.contestId, { graceSec, opensAt: new Date(T0.getTime() - 24 * 60 * MIN), closesAt: new Date(T0.getTime() + 7 * 24 * 60 * MIN) }),
    ),
  );
  const rules = regrades.flatMap((r, v) => (r.rule ? [{ versionId: versions[v].id, rule: r.rule, status: r.status }] : []));
  const specs = specsFor(attempts, graceSec);
  const made = [];
  for (const round of rounds) {
    await insertRegrades(round.id, rules);
    const ids = await insertAttempts(round.id, specs.flat());
    const current: string[] = [];
    const earlier: string[] = [];
    let n = 0;
    for (const group of specs) for (const s of group) (s.status === "SUBMITTED" ? earlier : current).push(ids[n++]);
    made.push({ roundId: round.id, current, earlier });
  }
  const applied = new Map(rules.filter((r) => r.status === "APPLIED").map((r) => [r.versionId, r.rule]));
  return { sweep: made[0], lazy: made[1], specs: specs.map((g) => g[g.length - 1]), applied };
}

test("on random data the sweep writes exactly the rows the lazy close writes, regrades included", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(attemptArb, { minLength: 1, maxLength: 6 }),
      fc.constantFrom(0, 1, 10, 30),
      fc.array(regradeArb, { minLength: 12, maxLength: 12 }),
      async (attempts, graceSec, regrades) => {
        const { sweep, lazy, specs, applied } = await twins(attempts, graceSec, regrades);
        const earlierBefore = await closedRows(sweep.earlier);
        setClock(fixedClock(AT));

        const closed = await sweepExpiredAttempts(sweep.roundId, AT);
        for (const id of lazy.current) await closeAttemptIfExpired(id);

        const expired = attempts.map((a) => a.pastGraceByMs > 0);
        expect(closed).toBe(expired.filter(Boolean).length);
        const swept = await closedRows(sweep.current);
        expect(swept).toEqual(await closedRows(lazy.current));
        // Not only equal to each other: each row is the lazy-close rule (rules.ts) applied by hand.
        swept.forEach((row, k) => {
          const s = specs[k];
          if (!expired[k]) {
            expect(row).toMatchObject({ status: "IN_PROGRESS", hasInProgressKey: true, submittedAt: null, correctCount: null });
            expect(row.items.every((i) => i.isCorrect === null)).toBe(true);
            return;
          }
          const items = s.items.map((it, position) => ({
            ...it,
            position,
            correctIndex: versions.find((v) => v.id === it.versionId)!.correctIndex,
            rule: applied.get(it.versionId) ?? null,
          }));
          const grading = gradeItems(items, s.deadline);
          expect(row).toMatchObject({
            status: "SUBMITTED",
            hasInProgressKey: false,
            submittedAt: s.deadline.toISOString(),
            submitSource: "LAZY_CLOSE",
            graceUsedMs: null,
            durationMs: s.deadline.getTime() - s.startedAt.getTime(),
            correctCount: grading.correctCount,
          });
          const expectedItems = items.map((it) => ({
            position: it.position,
            isCorrect: grading.droppedPositions.includes(it.position) ? null : grading.correctPositions.includes(it.position),
          }));
          expect(row.items).toEqual(expectedItems);
        });
        expect(await closedRows(sweep.earlier)).toEqual(earlierBefore);
        expect(await sweepExpiredAttempts(sweep.roundId, AT)).toBe(0);
      },
    ),
    { numRuns: 30, seed: 20261129 },
  );
}, 180_000);

test("a sweep racing lazy closes of the same attempts gives the rows of either one alone", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(
        attemptArb.map((a) => ({ ...a, pastGraceByMs: Math.abs(a.pastGraceByMs) + 1 })),
        { minLength: 2, maxLength: 6 },
      ),
      fc.array(regradeArb, { minLength: 12, maxLength: 12 }),
      async (attempts, regrades) => {
        const { sweep: raced, lazy: alone } = await twins(attempts, 10, regrades);
        setClock(fixedClock(AT));
        for (const id of alone.current) await closeAttemptIfExpired(id);

        const [closed, ...lazy] = await Promise.all([sweepExpiredAttempts(raced.roundId, AT), ...raced.current.map((id) => closeAttemptIfExpired(id))]);
        expect(lazy.every(Boolean)).toBe(true);
        expect(closed).toBeLessThanOrEqual(attempts.length);
        expect(await closedRows(raced.current)).toEqual(await closedRows(alone.current));
      },
    ),
    { numRuns: 12, seed: 7 },
  );
}, 180_000);

test("only the given round is swept", async () => {
  const [a, b] = await Promise.all(
    [0, 1].map(() =>
      makeBareRound(f.contestId, { graceSec: 10, opensAt: new Date(T0.getTime() - 24 * 60 * MIN), closesAt: new Date(T0.getTime() + 7 * 24 * 60 * MIN) }),
    ),
  );
  const spec = (p: number): AttemptRowSpec => ({
    participantId: f.participantIds[p],
    startedAt: new Date(T0.getTime() - 40 * MIN),
    deadline: new Date(T0.getTime() - 20 * MIN),
    items: [{ versionId: versions[0].id, chosenIndex: 0, savedAt: T0 }],
  });
  const [inA] = await insertAttempts(a.id, [spec(0)]);
  const [inB] = await insertAttempts(b.id, [spec(0)]);
  expect(await sweepExpiredAttempts(a.id, AT)).toBe(1);
  expect((await db.attempt.findUniqueOrThrow({ where: { id: inA } })).status).toBe("SUBMITTED");
  expect((await db.attempt.findUniqueOrThrow({ where: { id: inB } })).status).toBe("IN_PROGRESS");
});
