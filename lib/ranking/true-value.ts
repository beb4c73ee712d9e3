// The true value of the prediction question (docs/DOMAIN.md §5), counted by the system at the
// round's close: distinct participants with at least one submitted attempt (default), or the number
// of submitted attempts (setting). A staff override, given with a reason, wins. Pure.
import type { PredictionTruth } from "./prediction-truth";

export interface TruthCounts {
  participantCount: number; // distinct participants with ≥ 1 submitted attempt
  attemptCount: number; // submitted attempts
}

export interface TrueValue {
  value: number;
  counted: number;
  source: "counted" | "override";
}

export function countedTrueValue(truth: PredictionTruth, counts: TruthCounts): number {
  return truth === "ATTEMPTS" ? counts.attemptCount : counts.participantCount;
}

export function resolveTrueValue(truth: PredictionTruth, counts: TruthCounts, override: number | null | undefined): TrueValue {
  const counted = countedTrueValue(truth, counts);
  return override === null || override === undefined ? { value: counted, counted, source: "counted" } : { value: override, counted, source: "override" };
}

/** The counts from a list of attempts (what the SQL counts in bulk; used by tests and small data). */
export function countTruth(attempts: readonly { participantId: string; status: string }[]): TruthCounts {
  const submitted = attempts.filter((a) => a.status === "SUBMITTED");
  return { participantCount: new Set(submitted.map((a) => a.participantId)).size, attemptCount: submitted.length };
}
