// Item analysis of a round (Moodle's definitions, see item-analysis.ts), aggregated in the database.
// One pass over the round's submitted attempts' items, grouped by (question version, chosen option,
// item score, attempt total): the database counts and sums Σx, Σy, Σxy, Σx², Σy² per group
// (x = item score, y = rest of the test = correctCount − x); here the groups are added up per
// version, which also gives the option counts and the rest-score distribution (for the
// discriminative efficiency) without a second scan. At most versions × (options+1) × 2 × (questions+1)
// rows come back, whatever the number of attempts.
import "server-only";
import { db } from "../db";
import { addSums, analyseItem, EMPTY_SUMS, type MomentSums, type ValueCount } from "./item-analysis";
import type { ItemRowSource } from "./item-columns";
import { submittedIn } from "./round-queries";
import { num } from "./sql";

/** One question version's analysis: what the table and downloads show, and whether it is archived. */
export interface ItemAnalysisRow extends ItemRowSource {
  questionArchived: boolean;
}

interface Accumulator {
  sums: MomentSums;
  choices: Map<number | null, number>;
  rest: Map<number, number>;
}

export async function getItemAnalysis(roundId: string): Promise<ItemAnalysisRow[]> {
  const groups = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT s."versionId" AS "versionId", s."chosenIndex" AS "chosenIndex", s."x" AS "x", s."total" AS "total",
           COUNT(*) AS "n", SUM(s."x") AS "sx", SUM(s."y") AS "sy", SUM(s."x" * s."y") AS "sxy",
           SUM(s."x" * s."x") AS "sxx", SUM(s."y" * s."y") AS "syy"
    FROM (
      SELECT ai."questionVersionId" AS "versionId", ai."chosenIndex" AS "chosenIndex", a."correctCount" AS "total",
             CASE WHEN ai."isCorrect" THEN 1 ELSE 0 END AS "x",
             a."correctCount" - CASE WHEN ai."isCorrect" THEN 1 ELSE 0 END AS "y"
      FROM "AttemptItem" ai JOIN "Attempt" a ON a."id" = ai."attemptId"
      WHERE ${submittedIn(roundId)} AND a."correctCount" IS NOT NULL
    ) s
    GROUP BY s."versionId", s."chosenIndex", s."x", s."total"`;

  const acc = new Map<string, Accumulator>();
  for (const g of groups) {
    const id = String(g.versionId);
    const a = acc.get(id) ?? { sums: EMPTY_SUMS, choices: new Map(), rest: new Map() };
    const n = num(g.n);
    a.sums = addSums(a.sums, { n, sx: num(g.sx), sy: num(g.sy), sxy: num(g.sxy), sxx: num(g.sxx), syy: num(g.syy) });
    const chosen = g.chosenIndex === null ? null : num(g.chosenIndex);
    a.choices.set(chosen, (a.choices.get(chosen) ?? 0) + n);
    const y = num(g.total) - num(g.x);
    a.rest.set(y, (a.rest.get(y) ?? 0) + n);
    acc.set(id, a);
  }
  if (acc.size === 0) return [];

  const versions = await db.questionVersion.findMany({
    where: { id: { in: [...acc.keys()] } },
    select: {
      id: true,
      questionId: true,
      version: true,
      text: true,
      options: true,
      correctIndex: true,
      question: { select: { status: true, document: { select: { code: true } } } },
    },
  });
  return versions.map((v) => {
    const a = acc.get(v.id)!;
    const options = Array.isArray(v.options) ? v.options.map(String) : [];
    const restScores: ValueCount[] = [...a.rest].map(([value, count]) => ({ value, count }));
    const stats = analyseItem({
      sums: a.sums,
      optionCount: options.length,
      correctIndex: v.correctIndex,
      choices: [...a.choices].map(([chosenIndex, count]) => ({ chosenIndex, count })),
      restScores,
    });
    return {
      versionId: v.id,
      questionId: v.questionId,
      version: v.version,
      text: v.text,
      options,
      correctIndex: v.correctIndex,
      documentCode: v.question.document?.code ?? null,
      questionArchived: v.question.status === "ARCHIVED",
      ...stats,
    };
  });
}
