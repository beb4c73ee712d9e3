// How a participant's attempts of one round are shown on /ca-nhan and in their data export. Pure.
import type { AttemptStatus } from "../attempts/attempt-status";
import { optionLetter } from "../questions/format";
import { pickCountedAttempt } from "../ranking/counted-attempt";

export interface AttemptRow {
  id: string;
  number: number;
  status: AttemptStatus;
  startedAt: Date;
  deadline: Date;
  submittedAt: Date | null;
  durationMs: number | null;
  correctCount: number | null;
  /** Questions the attempt showed (its own snapshot, not the round's current setting). */
  itemCount: number;
}

/** in_progress: can be resumed; expired: time is up but nobody has closed it yet; submitted: scored. */
export type AttemptState = "in_progress" | "expired" | "submitted";

export interface AttemptView extends AttemptRow {
  state: AttemptState;
  /** The attempt that counts for the round (docs/DOMAIN.md §4). */
  isCounted: boolean;
}

export function attemptState(row: Pick<AttemptRow, "status" | "deadline">, at: Date): AttemptState {
  if (row.status === "SUBMITTED") return "submitted";
  return at <= row.deadline ? "in_progress" : "expired";
}

/** The attempts in number order, each with its state and whether it is the counted one. */
export function summariseAttempts(rows: readonly AttemptRow[], at: Date): AttemptView[] {
  const scored = rows.flatMap((r) =>
    r.status === "SUBMITTED" && r.correctCount !== null && r.submittedAt !== null
      ? [{ id: r.id, correctCount: r.correctCount, submittedAt: r.submittedAt }]
      : [],
  );
  const counted = pickCountedAttempt(scored);
  return [...rows].sort((a, b) => a.number - b.number).map((r) => ({ ...r, state: attemptState(r, at), isCounted: counted?.id === r.id }));
}

export interface StoredItem {
  position: number;
  optionOrder: string;
  chosenIndex: number | null;
  savedAt: Date | null;
  isCorrect: boolean | null;
  text: string;
  options: unknown;
}

export interface ExportedItem {
  position: number;
  question: string;
  /** The options in the order this attempt showed them, labelled A, B, C… */
  options: { letter: string; text: string }[];
  chosen: string | null;
  savedAt: string | null;
  isCorrect?: boolean | null;
}

/**
 * An attempt item as the person saw and answered it (their own chosen letter is their data);
 * correctness only when review is allowed (mayReviewAttempt, lib/attempts/answer-review.ts).
 */
export function exportItem(item: StoredItem, reviewAllowed: boolean): ExportedItem {
  const texts = Array.isArray(item.options) ? item.options.map(String) : [];
  const order = item.optionOrder
    .split(",")
    .filter((s) => s !== "")
    .map(Number);
  const shownAt = item.chosenIndex === null ? -1 : order.indexOf(item.chosenIndex);
  const out: ExportedItem = {
    position: item.position,
    question: item.text,
    options: order.map((i, shown) => ({ letter: optionLetter(shown), text: texts[i] ?? "" })),
    chosen: shownAt >= 0 ? optionLetter(shownAt) : null,
    savedAt: item.savedAt ? item.savedAt.toISOString() : null,
  };
  if (reviewAllowed) out.isCorrect = item.isCorrect;
  return out;
}
