// Near-duplicate detection for question texts (issue 5: "a warning for a near-duplicate question
// text"). Pure: Dice coefficient over character trigrams of the diacritic-free search key, so
// "Chuyển đổi số" and "chuyen doi so" compare equal and a changed word or typo still scores high.
import { searchKey } from "../text";

/** Texts at or above this score are shown to the editor as possible duplicates. */
export const NEAR_DUPLICATE_THRESHOLD = 0.85;

/** The comparable form: search key with punctuation removed and spaces collapsed. */
export function similarityKey(text: string): string {
  return searchKey(text)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Distinct character trigrams of the padded key ("  a" … "c  " included, so short words count). */
export function trigrams(text: string): Set<string> {
  const key = similarityKey(text);
  const out = new Set<string>();
  if (!key) return out;
  const padded = `  ${key} `;
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return out;
}

function diceOfSets(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const g of small) if (large.has(g)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** Dice coefficient (0–1) of two texts' trigram sets. */
export function textSimilarity(a: string, b: string): number {
  return diceOfSets(trigrams(a), trigrams(b));
}

export interface SimilarityCandidate {
  id: string;
  text: string;
}

export interface SimilarMatch {
  id: string;
  score: number;
}

/** Size of the intersection of two sorted id arrays. */
function sharedCount(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return n;
}

/**
 * An index over many texts that answers "which are at least `threshold` similar to this one"
 * without comparing against every text: a candidate must share one of the query's rarest
 * trigrams (prefix filtering: Dice ≥ t needs an overlap ≥ t·|Q|/(2−t)) and have a size within
 * the bounds Dice allows; then the exact score decides. Used for a single save and for whole
 * import files alike.
 */
export class SimilarityIndex {
  private readonly gramIds = new Map<string, number>();
  private readonly postings: number[][] = [];
  private readonly docs: { id: string; grams: Int32Array }[] = [];

  constructor(items: Iterable<SimilarityCandidate> = []) {
    for (const item of items) this.add(item);
  }

  /** Trigram ids of a text, sorted; unseen trigrams get fresh ids only when `intern` is set. */
  private encode(text: string, intern: boolean): { known: number[]; total: number } {
    const known: number[] = [];
    const grams = trigrams(text);
    for (const g of grams) {
      let id = this.gramIds.get(g);
      if (id === undefined && intern) {
        id = this.postings.length;
        this.gramIds.set(g, id);
        this.postings.push([]);
      }
      if (id !== undefined) known.push(id);
    }
    return { known: known.sort((a, b) => a - b), total: grams.size };
  }

  add(item: SimilarityCandidate): void {
    const { known } = this.encode(item.text, true);
    const doc = this.docs.length;
    this.docs.push({ id: item.id, grams: Int32Array.from(known) });
    for (const g of known) this.postings[g].push(doc);
  }

  get size(): number {
    return this.docs.length;
  }

  /**
   * Matches sorted by score (highest first), then id; `exclude` leaves out the query's own id(s).
   * With `limit`, the search stops once that many matches are found (a whole import file only
   * needs to know whether each row has a near-duplicate, and which one).
   */
  query(text: string, threshold = NEAR_DUPLICATE_THRESHOLD, exclude: ReadonlySet<string> | string[] = [], limit = Infinity): SimilarMatch[] {
    const skip = exclude instanceof Set ? exclude : new Set(exclude);
    const { known, total } = this.encode(text, false);
    if (total === 0 || known.length === 0) return [];
    const q = Int32Array.from(known);
    const minOverlap = Math.ceil((threshold * total) / (2 - threshold) - 1e-9);
    // Trigrams absent from the index are the rarest of all: they count toward the prefix.
    const prefixLength = total - minOverlap + 1 - (total - known.length);
    if (prefixLength <= 0) return [];
    const minSize = Math.ceil((threshold * total) / (2 - threshold) - 1e-9);
    const maxSize = Math.floor(((2 - threshold) * total) / threshold + 1e-9);
    const rarest = [...known].sort((a, b) => this.postings[a].length - this.postings[b].length).slice(0, prefixLength);
    const seen = new Set<number>();
    const out: SimilarMatch[] = [];
    for (const g of rarest) {
      for (const doc of this.postings[g]) {
        if (seen.has(doc)) continue;
        seen.add(doc);
        const d = this.docs[doc];
        if (d.grams.length < minSize || d.grams.length > maxSize || skip.has(d.id)) continue;
        const score = (2 * sharedCount(q, d.grams)) / (total + d.grams.length);
        if (score >= threshold) out.push({ id: d.id, score });
        if (out.length >= limit) break;
      }
      if (out.length >= limit) break;
    }
    return out.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}

/** The straightforward version, for one text against a short list. */
export function findSimilar(text: string, candidates: SimilarityCandidate[], threshold = NEAR_DUPLICATE_THRESHOLD): SimilarMatch[] {
  return new SimilarityIndex(candidates).query(text, threshold);
}
