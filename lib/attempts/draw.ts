// Drawing an attempt's questions and shuffling their options (docs/DOMAIN.md §3). Pure apart from
// the default random source (node:crypto, so nobody can predict a draw from earlier ones). The
// draw works on an in-memory list of the active bank: no ORDER BY RANDOM() over the table per start.
import { randomInt } from "node:crypto";

/** A uniform integer in [0, maxExclusive). */
export type RandomInt = (maxExclusive: number) => number;

const cryptoRandomInt: RandomInt = (maxExclusive) => randomInt(maxExclusive);

/** One drawable question: its current version and the document it is tagged with. */
export interface PoolEntry {
  questionId: string;
  versionId: string;
  documentId: string | null;
}

/** { documentId: count } from Round.documentQuotas. */
export type DocumentQuotas = Record<string, number>;

export type DrawResult<T> = { ok: true; picked: T[] } | { ok: false; detail: string };

/** k distinct elements, uniformly, by a partial Fisher–Yates shuffle of a copy (O(n) copy, O(k) draws). */
export function sample<T>(items: readonly T[], k: number, rnd: RandomInt = cryptoRandomInt): T[] {
  const a = items.slice();
  const n = a.length;
  if (k > n) throw new Error(`Cannot sample ${k} of ${n}`);
  for (let i = 0; i < k; i++) {
    const j = i + rnd(n - i);
    const t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
  a.length = k;
  return a;
}

/** A uniformly random permutation of 0..n-1 (Fisher–Yates). */
export function shuffledOrder(n: number, rnd: RandomInt = cryptoRandomInt): number[] {
  return sample(
    Array.from({ length: n }, (_, i) => i),
    n,
    rnd,
  );
}

/** Reads Round.documentQuotas; anything malformed (or no positive count) means "no quotas". */
export function parseDocumentQuotas(value: unknown): DocumentQuotas | null {
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const out: DocumentQuotas = {};
  for (const [documentId, count] of Object.entries(value as Record<string, unknown>)) {
    if (typeof count === "number" && Number.isInteger(count) && count > 0) out[documentId] = count;
  }
  return Object.keys(out).length > 0 ? out : null;
}

/**
 * Draws `count` distinct questions. With quotas, exactly `quotas[doc]` questions come from each
 * listed document and the rest from questions of unlisted documents (or none), so a quota is a
 * fixed share of the paper, not a minimum. The final order is shuffled, so quota questions are not
 * grouped at the start.
 */
export function drawQuestions<T extends PoolEntry>(
  pool: readonly T[],
  count: number,
  quotas: DocumentQuotas | null = null,
  rnd: RandomInt = cryptoRandomInt,
): DrawResult<T> {
  if (!Number.isInteger(count) || count < 1) return { ok: false, detail: `invalid question count ${count}` };
  if (!quotas) {
    if (pool.length < count) return { ok: false, detail: `bank has ${pool.length} active questions, ${count} needed` };
    return { ok: true, picked: sample(pool, count, rnd) };
  }
  const quotaTotal = Object.values(quotas).reduce((s, n) => s + n, 0);
  if (quotaTotal > count) return { ok: false, detail: `quotas total ${quotaTotal} exceeds question count ${count}` };

  const byDocument = new Map<string, T[]>();
  const unlisted: T[] = [];
  for (const entry of pool) {
    if (entry.documentId !== null && entry.documentId in quotas) {
      const list = byDocument.get(entry.documentId) ?? [];
      list.push(entry);
      byDocument.set(entry.documentId, list);
    } else {
      unlisted.push(entry);
    }
  }
  const picked: T[] = [];
  for (const [documentId, need] of Object.entries(quotas)) {
    const candidates = byDocument.get(documentId) ?? [];
    if (candidates.length < need) return { ok: false, detail: `document ${documentId} has ${candidates.length} active questions, quota ${need}` };
    picked.push(...sample(candidates, need, rnd));
  }
  const rest = count - quotaTotal;
  if (unlisted.length < rest) return { ok: false, detail: `${unlisted.length} active questions outside the quotas, ${rest} needed` };
  picked.push(...sample(unlisted, rest, rnd));
  return { ok: true, picked: sample(picked, picked.length, rnd) };
}
