// Which attempt counts for a participant in a round (docs/DOMAIN.md §4): the highest number of
// correct answers; among equal scores, the earliest submitted (not the best prediction, which
// would let people hedge predictions across attempts). Pure.

export interface SubmittedAttempt {
  id: string;
  correctCount: number;
  submittedAt: Date;
}

/** -1 when a counts before b. Ties on both keys fall back to the id, so the choice is total. */
function compareForCounting(a: SubmittedAttempt, b: SubmittedAttempt): number {
  if (a.correctCount !== b.correctCount) return b.correctCount - a.correctCount;
  const t = a.submittedAt.getTime() - b.submittedAt.getTime();
  if (t !== 0) return t;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The counted attempt among one participant's submitted attempts of one round, or null. */
export function pickCountedAttempt<T extends SubmittedAttempt>(attempts: readonly T[]): T | null {
  let best: T | null = null;
  for (const a of attempts) if (!best || compareForCounting(a, best) < 0) best = a;
  return best;
}
