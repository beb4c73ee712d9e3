// Item analysis aggregated in the database against the same figures computed attempt by attempt
// from the stored rows (Moodle's two-pass computation).
jest.mock("next/cache", () => ({ unstable_cache: (fn: unknown) => fn, revalidatePath: jest.fn(), revalidateTag: jest.fn() }));

import { db } from "@/lib/db";
import { ITEM_THRESHOLDS } from "@/lib/statistics/item-analysis";
import { getItemAnalysis } from "@/lib/statistics/item-queries";
import { getItemAnalysisView } from "@/lib/statistics/item-table";
import { seedStatistics } from "./fixture";

let contest: Awaited<ReturnType<typeof seedStatistics>>;

beforeAll(async () => {
  contest = await seedStatistics(80);
}, 120_000);

function moodle(pairs: [number, number][]) {
  const n = pairs.length;
  const mx = pairs.reduce((s, p) => s + p[0], 0) / n;
  const my = pairs.reduce((s, p) => s + p[1], 0) / n;
  const xs = pairs.map((p) => p[0]).sort((a, b) => a - b);
  const ys = pairs.map((p) => p[1]).sort((a, b) => a - b);
  let cov = 0,
    vx = 0,
    vy = 0,
    covMax = 0;
  pairs.forEach(([x, y], i) => {
    cov += (x - mx) * (y - my);
    vx += (x - mx) ** 2;
    vy += (y - my) ** 2;
    covMax += (xs[i] - mx) * (ys[i] - my);
  });
  return { facility: mx, discrimination: vx * vy ? cov / Math.sqrt(vx * vy) : null, efficiency: Math.abs(covMax) > 1e-9 ? cov / covMax : null };
}

test.each([1, 2, 3, 4])("round %i: facility, discrimination, efficiency and option counts per question version", async (number) => {
  const round = contest.rounds[number - 1];
  const items = await db.attemptItem.findMany({
    where: { attempt: { roundId: round.id, status: "SUBMITTED" } },
    select: { questionVersionId: true, chosenIndex: true, isCorrect: true, attempt: { select: { correctCount: true } } },
  });
  const byVersion = new Map<string, typeof items>();
  for (const it of items) byVersion.set(it.questionVersionId, [...(byVersion.get(it.questionVersionId) ?? []), it]);

  const rows = await getItemAnalysis(round.id);
  expect(rows.map((r) => r.versionId).sort()).toEqual([...byVersion.keys()].sort());
  const versions = new Map(
    (await db.questionVersion.findMany({ select: { id: true, questionId: true, version: true, options: true, correctIndex: true } })).map((v) => [v.id, v]),
  );
  for (const r of rows) {
    const list = byVersion.get(r.versionId)!;
    const v = versions.get(r.versionId)!;
    const e = moodle(
      list.map((it) => {
        const x = it.isCorrect ? 1 : 0;
        return [x, it.attempt.correctCount! - x];
      }),
    );
    expect(r.n).toBe(list.length);
    expect([r.questionId, r.version, r.correctIndex]).toEqual([v.questionId, v.version, v.correctIndex]);
    expect(r.facility).toBeCloseTo(e.facility, 10);
    if (e.discrimination === null) expect(r.discrimination).toBeNull();
    else expect(r.discrimination).toBeCloseTo(e.discrimination, 10);
    if (e.efficiency === null) expect(r.efficiency).toBeNull();
    else expect(r.efficiency).toBeCloseTo(e.efficiency, 10);
    const options = (v.options as string[]).length;
    expect(r.optionCounts).toEqual(Array.from({ length: options }, (_, i) => list.filter((it) => it.chosenIndex === i).length));
    expect(r.unanswered).toBe(list.filter((it) => it.chosenIndex === null).length);
    expect(r.unusedDistractors).toEqual(
      Array.from({ length: options }, (_, i) => i).filter(
        (i) => i !== v.correctIndex && list.filter((it) => it.chosenIndex === i).length / list.length < ITEM_THRESHOLDS.unusedDistractorBelow,
      ),
    );
  }
});

test("a question everyone got right and one only the weakest got right are flagged as such", async () => {
  // Rewrite two versions' answers in round 1 so their indices are known: version A right for all,
  // version B right only for the attempts with the lowest totals.
  const round = contest.rounds[0];
  const rows = await getItemAnalysis(round.id);
  const [a, b] = rows.sort((p, q) => q.n - p.n).slice(0, 2);
  await db.attemptItem.updateMany({
    where: { questionVersionId: a.versionId, attempt: { roundId: round.id } },
    data: { isCorrect: true, chosenIndex: a.correctIndex },
  });
  const itemsB = await db.attemptItem.findMany({
    where: { questionVersionId: b.versionId, attempt: { roundId: round.id } },
    select: { attemptId: true, position: true, attempt: { select: { correctCount: true } } },
  });
  const ordered = itemsB.sort((p, q) => p.attempt.correctCount! - q.attempt.correctCount!);
  const weakest = new Set(ordered.slice(0, Math.floor(ordered.length / 3)).map((i) => i.attemptId));
  await db.$transaction(
    itemsB.map((i) =>
      db.attemptItem.update({
        where: { attemptId_position: { attemptId: i.attemptId, position: i.position } },
        data: weakest.has(i.attemptId) ? { isCorrect: true, chosenIndex: b.correctIndex } : { isCorrect: false, chosenIndex: (b.correctIndex + 1) % 4 },
      }),
    ),
  );
  const after = new Map((await getItemAnalysis(round.id)).map((r) => [r.versionId, r]));
  expect(after.get(a.versionId)!.facility).toBe(1);
  expect(after.get(a.versionId)!.discrimination).toBeNull();
  expect(after.get(a.versionId)!.flags).toEqual(expect.arrayContaining(["TOO_EASY", "UNUSED_DISTRACTOR"]));
  expect(after.get(b.versionId)!.discrimination).toBeLessThan(0);
  expect(after.get(b.versionId)!.flags).toContain("NEGATIVE_DISCRIMINATION");

  const view = await getItemAnalysisView(round.id, { sort: "canh-bao", flaggedOnly: true, page: 1 });
  expect(view.flagged).toBeGreaterThanOrEqual(2);
  expect(view.page.rows.every((r) => r.flags.length > 0)).toBe(true);
  expect(view.page.total).toBe(view.flagged);
});
