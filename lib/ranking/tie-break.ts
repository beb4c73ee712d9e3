// The ranking of a round (docs/DOMAIN.md §6): one entry per participant (their counted attempt,
// rule 4), ordered by the round's tie-break chain. Pure: no Prisma, no next/*.
//
// The SQL in lib/winners/ranking-sql.ts orders by exactly the same chain; an integration test
// (__tests__/integration/winners/sql-ranking.test.ts) compares both on random data.
//
// The chains are RANKING_CHAIN in lib/ranking/ranking-order.ts (every key ascending, correct ↓),
// each followed by participantId. The alternative's "prediction ↑" of docs/DOMAIN.md §6 is read as
// the distance to the true value, like the default: ranking by the raw guess would reward whoever
// guesses lowest.
//
// Missing values: an attempt without a prediction ranks after any prediction (its distance counts
// as +∞); an attempt without a server-measured duration ranks after any duration (+∞). The final
// key, participantId (compared by code unit, like SQL's binary/"C" collation), makes the order
// total: the same data always gives the same list, whatever order it was read in.
import { pickCountedAttempt } from "./counted-attempt";
import { RANKING_CHAIN, type RankingCriterion, type RankingOrder } from "./ranking-order";

/** A participant's counted attempt with what the tie-break chain needs. */
export interface RankCandidate {
  participantId: string;
  attemptId: string;
  correctCount: number;
  prediction: number | null;
  durationMs: number | null;
  submittedAt: Date;
  registeredAt: Date;
}

export interface RankedCandidate extends RankCandidate {
  rank: number; // 1-based, no shared ranks: the chain is total
  predictionDiff: number; // |prediction − true|, +Infinity when there is no prediction
}

/** |prediction − true value|; +Infinity when the attempt has no prediction. */
export function predictionDiff(prediction: number | null, trueValue: number): number {
  return prediction === null ? Number.POSITIVE_INFINITY : Math.abs(prediction - trueValue);
}

function cmpNumber(a: number, b: number): number {
  // Infinity − Infinity is NaN: equal infinities must compare equal.
  return a === b ? 0 : a < b ? -1 : 1;
}

function cmpString(a: string, b: string): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

const orNull = (v: number | null): number => (v === null ? Number.POSITIVE_INFINITY : v);

/** The comparator of a ranking order: negative when a ranks before b. */
export function rankingComparator(order: RankingOrder, trueValue: number): (a: RankCandidate, b: RankCandidate) => number {
  const diff = (c: RankCandidate) => predictionDiff(c.prediction, trueValue);
  type Compare = (a: RankCandidate, b: RankCandidate) => number;
  const byCriterion: Record<RankingCriterion, Compare> = {
    correct: (a, b) => cmpNumber(b.correctCount, a.correctCount),
    prediction: (a, b) => cmpNumber(diff(a), diff(b)),
    duration: (a, b) => cmpNumber(orNull(a.durationMs), orNull(b.durationMs)),
    submitted: (a, b) => cmpNumber(a.submittedAt.getTime(), b.submittedAt.getTime()),
    registered: (a, b) => cmpNumber(a.registeredAt.getTime(), b.registeredAt.getTime()),
  };
  const chain: Compare[] = [...RANKING_CHAIN[order].map((c) => byCriterion[c]), (a, b) => cmpString(a.participantId, b.participantId)];
  return (a, b) => {
    for (const key of chain) {
      const r = key(a, b);
      if (r !== 0) return r;
    }
    return 0;
  };
}

/** Ranks one entry per participant. Throws when a participant appears twice (rule 4 first). */
export function rankCandidates(candidates: readonly RankCandidate[], order: RankingOrder, trueValue: number): RankedCandidate[] {
  const seen = new Set<string>();
  for (const c of candidates) {
    if (seen.has(c.participantId)) throw new Error(`Participant ${c.participantId} has more than one ranking entry`);
    seen.add(c.participantId);
  }
  return [...candidates]
    .sort(rankingComparator(order, trueValue))
    .map((c, i) => ({ ...c, rank: i + 1, predictionDiff: predictionDiff(c.prediction, trueValue) }));
}

/** A submitted attempt with its participant's registration time. */
export interface SubmittedAttemptRow {
  id: string;
  participantId: string;
  correctCount: number;
  prediction: number | null;
  durationMs: number | null;
  submittedAt: Date;
  registeredAt: Date;
}

/** Rule 4 then rule 6: each participant's counted attempt, ranked. */
export function rankSubmittedAttempts(attempts: readonly SubmittedAttemptRow[], order: RankingOrder, trueValue: number): RankedCandidate[] {
  const byParticipant = new Map<string, SubmittedAttemptRow[]>();
  for (const a of attempts) {
    const list = byParticipant.get(a.participantId);
    if (list) list.push(a);
    else byParticipant.set(a.participantId, [a]);
  }
  const candidates: RankCandidate[] = [];
  for (const list of byParticipant.values()) {
    const counted = pickCountedAttempt(list)!;
    candidates.push({
      participantId: counted.participantId,
      attemptId: counted.id,
      correctCount: counted.correctCount,
      prediction: counted.prediction,
      durationMs: counted.durationMs,
      submittedAt: counted.submittedAt,
      registeredAt: counted.registeredAt,
    });
  }
  return rankCandidates(candidates, order, trueValue);
}
