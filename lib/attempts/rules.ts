// The time and grading rules of an attempt (docs/DOMAIN.md "Time rules for an attempt", §3–§4).
// Pure: no Prisma, no next/*; every instant comes in as an argument.

/** deadline = min(startedAt + time limit, round close): nobody answers after the round closes. */
export function computeDeadline(startedAt: Date, timeLimitSec: number, roundClosesAt: Date): Date {
  const byLimit = startedAt.getTime() + timeLimitSec * 1000;
  return new Date(Math.min(byLimit, roundClosesAt.getTime()));
}

/** After deadline + grace nothing can submit any more: the attempt is closed lazily on next read. */
export function isPastGrace(now: Date, deadline: Date, graceSec: number): boolean {
  return now.getTime() > deadline.getTime() + graceSec * 1000;
}

export type SubmitTiming =
  | { kind: "on-time"; submittedAt: Date; durationMs: number; graceUsedMs: null }
  | { kind: "grace"; submittedAt: Date; durationMs: number; graceUsedMs: number }
  | { kind: "late" };

/**
 * How a participant's (or the page's automatic) submit at `now` is treated. Duration is measured
 * on the server and never exceeds the time the rules allow (deadline − start + grace), so a
 * server clock step cannot produce an impossible duration.
 */
export function submitTiming(now: Date, startedAt: Date, deadline: Date, graceSec: number): SubmitTiming {
  if (isPastGrace(now, deadline, graceSec)) return { kind: "late" };
  const maxDuration = deadline.getTime() - startedAt.getTime() + graceSec * 1000;
  const durationMs = Math.max(0, Math.min(now.getTime() - startedAt.getTime(), maxDuration));
  const over = now.getTime() - deadline.getTime();
  if (over > 0) return { kind: "grace", submittedAt: now, durationMs, graceUsedMs: over };
  return { kind: "on-time", submittedAt: now, durationMs, graceUsedMs: null };
}

/**
 * A lazy close (nobody submitted): submittedAt is the deadline, not the instant somebody happened
 * to read the attempt, so the ranking's "submission time" and "duration" keys do not depend on
 * when the page was next opened. Duration is therefore the whole allowed time.
 */
export function lazyCloseTiming(startedAt: Date, deadline: Date): { submittedAt: Date; durationMs: number } {
  return { submittedAt: deadline, durationMs: Math.max(0, deadline.getTime() - startedAt.getTime()) };
}

/**
 * The effective grading rule of one question version in one round when a regrade was applied
 * (docs/FAIRNESS.md, regrading): a corrected key, correct for everyone, or dropped from the score.
 * No rule: the version's own key.
 */
export type GradingRule = { mode: "NEW_KEY"; correctIndex: number } | { mode: "ALL_CORRECT" } | { mode: "DROP" };

export interface GradableItem {
  position: number;
  chosenIndex: number | null;
  savedAt: Date | null;
  correctIndex: number;
  /** An applied regrade of this item's question version in the attempt's round. */
  rule?: GradingRule | null;
}

export interface Grading {
  correctCount: number;
  correctPositions: number[];
  wrongPositions: number[];
  /** Items a regrade dropped from the score: neither correct nor wrong (isCorrect stays NULL). */
  droppedPositions: number[];
}

/**
 * One item's correctness: true, false, or null when a regrade dropped it. With `savedBy`, only an
 * answer saved at or before that instant counts (lazy close: "the answers saved before the
 * deadline"). ALL_CORRECT counts the item correct whether or not it was answered in time: the
 * question was flawed for everyone it was shown to. The SQL twin is lib/attempts/grading-sql.ts.
 */
export function itemCorrectness(item: GradableItem, savedBy?: Date): boolean | null {
  const rule = item.rule ?? null;
  if (rule?.mode === "DROP") return null;
  if (rule?.mode === "ALL_CORRECT") return true;
  const inTime = !savedBy || (item.savedAt !== null && item.savedAt.getTime() <= savedBy.getTime());
  const key = rule?.mode === "NEW_KEY" ? rule.correctIndex : item.correctIndex;
  return inTime && item.chosenIndex !== null && item.chosenIndex === key;
}

/** Grades from the snapshot (the question version the attempt showed) and any applied regrade. */
export function gradeItems(items: readonly GradableItem[], savedBy?: Date): Grading {
  const correctPositions: number[] = [];
  const wrongPositions: number[] = [];
  const droppedPositions: number[] = [];
  for (const item of items) {
    const correct = itemCorrectness(item, savedBy);
    (correct === null ? droppedPositions : correct ? correctPositions : wrongPositions).push(item.position);
  }
  return { correctCount: correctPositions.length, correctPositions, wrongPositions, droppedPositions };
}

/** The prediction is a head count: a whole number from 0 to one billion. */
export const MAX_PREDICTION = 1_000_000_000;
