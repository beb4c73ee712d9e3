// The SQL twin of the grading rule (lib/attempts/grading-sql.ts) must equal the JS rule
// (itemCorrectness, lib/attempts/rules.ts) on every item, with and without the deadline cut-off,
// under every kind of regrade, and a regrade of another round must not apply.
import fc from "fast-check";
import { raw, sqltag as sql } from "@prisma/client/runtime/client";
import { db } from "@/lib/db";
import { DEFAULT_ALIASES, effectiveCorrectSql, regradeJoin } from "@/lib/attempts/grading-sql";
import { itemCorrectness, type GradingRule } from "@/lib/attempts/rules";
import { makeFixture, MIN, T0, type Fixture } from "./fixtures";
import { insertAttempts, insertRegrades, makeBareRound, versionsOf, type RegradeStatus } from "./sweep-fixtures";

const ruleArb: fc.Arbitrary<GradingRule | null> = fc.oneof(
  fc.constant(null),
  fc.integer({ min: 0, max: 3 }).map((correctIndex) => ({ mode: "NEW_KEY" as const, correctIndex })),
  fc.constant({ mode: "ALL_CORRECT" as const }),
  fc.constant({ mode: "DROP" as const }),
);
const regradesArb = fc.array(fc.record({ rule: ruleArb, status: fc.constantFrom<RegradeStatus>("APPLIED", "APPLIED", "PROPOSED", "REJECTED") }), {
  minLength: 12,
  maxLength: 12,
});
const itemArb = fc.record({
  version: fc.nat({ max: 11 }),
  chosenIndex: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 3 })),
  savedOffsetMs: fc.oneof(fc.constant(null), fc.constantFrom(-1, 0, 1), fc.integer({ min: -1_200_000, max: 60_000 })),
});
const attemptsArb = fc.array(fc.array(itemArb, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 4 });

let f: Fixture;
let versions: { id: string; correctIndex: number }[];

beforeAll(async () => {
  f = await makeFixture({ questions: 12, participants: 4 });
  versions = await versionsOf(f.contestId);
});

/** A database boolean as JS: PostgreSQL gives booleans, SQLite 1/0 (maybe as bigint). */
const asBool = (v: unknown): boolean | null => (v === null ? null : typeof v === "boolean" ? v : Number(v) !== 0);

test("effectiveCorrectSql equals itemCorrectness on random items and rules, with and without savedBy", async () => {
  const deadline = new Date(T0.getTime() + 20 * MIN + 7);
  await fc.assert(
    fc.asyncProperty(attemptsArb, attemptsArb, regradesArb, regradesArb, async (inA, inB, rulesA, rulesB) => {
      const window = { graceSec: 10, opensAt: new Date(T0.getTime() - 24 * 60 * MIN), closesAt: new Date(T0.getTime() + 7 * 24 * 60 * MIN) };
      const rounds = [
        { round: await makeBareRound(f.contestId, window), attempts: inA, regrades: rulesA },
        { round: await makeBareRound(f.contestId, window), attempts: inB, regrades: rulesB },
      ];
      const expected = new Map<string, { byDeadline: boolean | null; anyTime: boolean | null }>();
      for (const { round, attempts, regrades } of rounds) {
        // The same versions get different rules in the two rounds: each round only sees its own.
        const rules = regrades.flatMap((r, v) => (r.rule ? [{ versionId: versions[v].id, rule: r.rule, status: r.status }] : []));
        await insertRegrades(round.id, rules);
        const applied = new Map(rules.filter((r) => r.status === "APPLIED").map((r) => [r.versionId, r.rule]));
        const specs = attempts.map((items, k) => ({
          participantId: f.participantIds[k],
          startedAt: new Date(deadline.getTime() - 20 * MIN),
          deadline,
          items: items.map((it) => ({
            versionId: versions[it.version].id,
            chosenIndex: it.chosenIndex,
            savedAt: it.savedOffsetMs === null ? null : new Date(deadline.getTime() + it.savedOffsetMs),
          })),
        }));
        const ids = await insertAttempts(round.id, specs);
        specs.forEach((s, k) =>
          s.items.forEach((it, position) => {
            const item = {
              position,
              chosenIndex: it.chosenIndex,
              savedAt: it.savedAt,
              correctIndex: versions.find((v) => v.id === it.versionId)!.correctIndex,
              rule: applied.get(it.versionId) ?? null,
            };
            expected.set(`${ids[k]}:${position}`, { byDeadline: itemCorrectness(item, deadline), anyTime: itemCorrectness(item) });
          }),
        );
      }
      const rows = await db.$queryRaw<{ attemptId: string; position: number; byDeadline: unknown; anyTime: unknown }[]>(sql`
        SELECT i."attemptId" AS "attemptId", i."position" AS "position",
               ${effectiveCorrectSql(DEFAULT_ALIASES, raw('a."deadline"'))} AS "byDeadline",
               ${effectiveCorrectSql()} AS "anyTime"
        FROM "AttemptItem" i
        JOIN "Attempt" a ON a."id" = i."attemptId"
        JOIN "QuestionVersion" qv ON qv."id" = i."questionVersionId"
        ${regradeJoin()}
        WHERE a."roundId" IN (${rounds[0].round.id}, ${rounds[1].round.id})`);
      const actual = new Map(rows.map((r) => [`${r.attemptId}:${Number(r.position)}`, { byDeadline: asBool(r.byDeadline), anyTime: asBool(r.anyTime) }]));
      expect(actual).toEqual(expected);
    }),
    { numRuns: 40, seed: 13 },
  );
}, 180_000);
