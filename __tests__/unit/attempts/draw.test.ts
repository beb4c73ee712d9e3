import { drawQuestions, parseDocumentQuotas, sample, type PoolEntry } from "@/lib/attempts/draw";

/** 10 questions tagged d1, 8 tagged d2, 12 without a document. */
function makePool(): PoolEntry[] {
  const pool: PoolEntry[] = [];
  for (let i = 0; i < 10; i++) pool.push({ questionId: `d1-${i}`, versionId: `v-d1-${i}`, documentId: "d1" });
  for (let i = 0; i < 8; i++) pool.push({ questionId: `d2-${i}`, versionId: `v-d2-${i}`, documentId: "d2" });
  for (let i = 0; i < 12; i++) pool.push({ questionId: `x-${i}`, versionId: `v-x-${i}`, documentId: null });
  return pool;
}
const pool = makePool();
const ids = new Set(pool.map((p) => p.questionId));

describe("drawing without quotas", () => {
  test.each([1, 5, 20, 30])("draws exactly %i distinct questions, all from the (active) pool", (count) => {
    for (let run = 0; run < 50; run++) {
      const r = drawQuestions(pool, count);
      if (!r.ok) throw new Error(r.detail);
      expect(r.picked).toHaveLength(count);
      expect(new Set(r.picked.map((p) => p.questionId)).size).toBe(count);
      for (const p of r.picked) expect(ids.has(p.questionId)).toBe(true);
    }
  });

  test("only what the pool holds can be drawn: archived questions are not in it", () => {
    const active = pool.filter((p) => !p.questionId.startsWith("x-"));
    for (let run = 0; run < 100; run++) {
      const r = drawQuestions(active, 18);
      if (!r.ok) throw new Error(r.detail);
      expect(r.picked.some((p) => p.questionId.startsWith("x-"))).toBe(false);
    }
  });

  test.each([
    [31, 30],
    [5, 4],
    [1, 0],
  ])("refuses %i questions from a bank of %i", (count, size) => {
    const r = drawQuestions(pool.slice(0, size), count);
    expect(r.ok).toBe(false);
  });

  test.each([0, -1, 2.5])("refuses an invalid count %p", (count) => {
    expect(drawQuestions(pool, count).ok).toBe(false);
  });

  test("every question has its fair chance (each drawn about count/size of the time)", () => {
    const hits = new Map<string, number>();
    const runs = 6000;
    for (let run = 0; run < runs; run++) {
      const r = drawQuestions(pool, 10);
      if (!r.ok) throw new Error(r.detail);
      for (const p of r.picked) hits.set(p.questionId, (hits.get(p.questionId) ?? 0) + 1);
    }
    const expected = (runs * 10) / pool.length; // 2000
    for (const id of ids) expect(Math.abs((hits.get(id) ?? 0) - expected)).toBeLessThan(expected * 0.1);
  });
});

describe("drawing with per-document quotas", () => {
  const countDocs = (picked: PoolEntry[]) => ({
    d1: picked.filter((p) => p.documentId === "d1").length,
    d2: picked.filter((p) => p.documentId === "d2").length,
    none: picked.filter((p) => p.documentId === null).length,
  });

  test.each([
    [{ d1: 3, d2: 2 }, 10, { d1: 3, d2: 2, none: 5 }],
    [{ d1: 10 }, 10, { d1: 10, d2: 0, none: 0 }],
    [{ d2: 8, d1: 2 }, 12, { d1: 2, d2: 8, none: 2 }],
    [{ d1: 1 }, 21, { d1: 1, d2: 8, none: 12 }],
  ])("quotas %j with %i questions give exactly %j", (quotas, count, expected) => {
    for (let run = 0; run < 100; run++) {
      const r = drawQuestions(pool, count, quotas);
      if (!r.ok) throw new Error(r.detail);
      expect(r.picked).toHaveLength(count);
      expect(new Set(r.picked.map((p) => p.questionId)).size).toBe(count);
      expect(countDocs(r.picked)).toEqual(expected);
    }
  });

  test("quota questions are not always first: the drawn paper is shuffled", () => {
    const firstIsD1 = Array.from({ length: 400 }, () => {
      const r = drawQuestions(pool, 10, { d1: 3 });
      return r.ok && r.picked[0].documentId === "d1";
    }).filter(Boolean).length;
    expect(firstIsD1).toBeGreaterThan(60); // expected 120 of 400
    expect(firstIsD1).toBeLessThan(200);
  });

  test.each([
    ["a document with too few questions", { d2: 9 }, 10],
    ["quotas adding up to more than the paper", { d1: 6, d2: 5 }, 10],
    ["too few questions outside the quotas", { d1: 1 }, 22],
    ["a document that does not exist", { nope: 1 }, 5],
  ])("refuses %s", (_label, quotas, count) => {
    expect(drawQuestions(pool, count, quotas as Record<string, number>).ok).toBe(false);
  });
});

describe("parseDocumentQuotas", () => {
  test.each([
    [null, null],
    [undefined, null],
    ["text", null],
    [[1, 2], null],
    [{}, null],
    [{ d1: 0 }, null],
    [{ d1: 3, d2: "2", d3: -1, d4: 1.5 }, { d1: 3 }],
    [
      { d1: 3, d2: 2 },
      { d1: 3, d2: 2 },
    ],
  ])("%j → %j", (input, expected) => {
    expect(parseDocumentQuotas(input)).toEqual(expected);
  });
});

test("sample refuses to take more than there is", () => {
  expect(() => sample([1, 2], 3)).toThrow();
});
