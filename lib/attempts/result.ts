// The result page of one attempt: score, duration, whether it is the attempt that counts, any
// regrade, and — only when the round's answer-review setting allows it (mayReviewAttempt) — the
// questions missed, the key and explanations. Before that, nothing per question is read or
// returned: with their own choices, "question 2 was wrong" tells a person the key of every
// question they got right, while the round is still open to their next attempt.
import "server-only";
import { db } from "../db";
import type { RegradeMode } from "../regrade/enums";
import { pickCountedAttempt } from "../ranking/counted-attempt";
import { now } from "../time";
import { closeAttemptIfExpired } from "./close";
import { parseOptionOrder } from "./option-order";
import { mayReviewAttempt, type AnswerReview } from "./answer-review";
import { isPastGrace } from "./rules";

interface ReviewOption {
  label: string;
  text: string;
  isCorrect: boolean;
  isChosen: boolean;
}

export interface ReviewItem {
  number: number;
  text: string;
  options: ReviewOption[];
  explanation: string;
  /** Null: a regrade dropped it from the score. */
  isCorrect: boolean | null;
  /** An applied regrade of this question in this round. */
  regradeMode: RegradeMode | null;
}

export interface RegradeNote {
  /** The question's number in this attempt: only when review is allowed (else it points at a key). */
  number: number | null;
  mode: RegradeMode;
  reason: string;
}

export interface AttemptResultView {
  attemptId: string;
  number: number;
  roundName: string;
  roundClosesAt: Date;
  correctCount: number;
  /** The score's denominator: the questions shown, less those a regrade dropped. */
  questionCount: number;
  droppedCount: number;
  durationMs: number;
  submittedAt: Date;
  submitSource: "PARTICIPANT" | "AUTO" | "LAZY_CLOSE";
  graceUsedMs: number | null;
  prediction: number | null;
  /** The attempt that counts among the person's submitted attempts of the round. */
  counted: { attemptId: string; number: number; correctCount: number } | null;
  /** Per-question lists: null unless review is allowed. */
  wrongNumbers: number[] | null;
  unansweredNumbers: number[] | null;
  review: ReviewItem[] | null;
  /** Set when the attempt was re-scored or one of its questions has an applied regrade. */
  regrade: { regradedAt: Date | null; notes: RegradeNote[] } | null;
  answerReview: AnswerReview;
  attemptsUsed: number;
  attemptsAllowed: number;
}

export type AttemptResultData = { kind: "not-found" } | { kind: "in-progress" } | { kind: "result"; view: AttemptResultView };

const LABELS = "ABCDEFGH";

function optionTexts(options: unknown): string[] {
  return Array.isArray(options) ? options.map((o) => String(o)) : [];
}

const coreSelect = {
  id: true,
  number: true,
  roundId: true,
  status: true,
  deadline: true,
  submittedAt: true,
  submitSource: true,
  graceUsedMs: true,
  durationMs: true,
  correctCount: true,
  prediction: true,
  regradedAt: true,
  round: { select: { name: true, closesAt: true, answerReview: true, attemptsAllowed: true, graceSec: true } },
} as const;

export async function getAttemptResult(attemptId: string, participantId: string): Promise<AttemptResultData> {
  let a = await db.attempt.findFirst({ where: { id: attemptId, participantId }, select: coreSelect });
  if (!a) return { kind: "not-found" };
  const at = now();
  if (a.status === "IN_PROGRESS") {
    if (!isPastGrace(at, a.deadline, a.round.graceSec)) return { kind: "in-progress" };
    await closeAttemptIfExpired(a.id);
    a = await db.attempt.findFirst({ where: { id: attemptId, participantId }, select: coreSelect });
    if (!a || a.status !== "SUBMITTED") return { kind: "in-progress" };
  }

  const reviewAllowed = mayReviewAttempt(a, a.round, at);
  const [detail, counts, regrades, siblings] = await Promise.all([
    reviewAllowed ? loadReviewItems(a.id) : Promise.resolve(null),
    // Totals only: without review, no item's correctness leaves the database.
    Promise.all([db.attemptItem.count({ where: { attemptId: a.id } }), db.attemptItem.count({ where: { attemptId: a.id, isCorrect: null } })]),
    db.regrade.findMany({
      where: { roundId: a.roundId, status: "APPLIED", questionVersion: { items: { some: { attemptId: a.id } } } },
      orderBy: { decidedAt: "asc" },
      // A corrected key is read only when it may be shown.
      select: { questionVersionId: true, mode: true, correctIndex: reviewAllowed, reason: true, decidedAt: true },
    }),
    db.attempt.findMany({
      where: { participantId, roundId: a.roundId },
      select: { id: true, number: true, status: true, correctCount: true, submittedAt: true },
    }),
  ]);

  const submitted = siblings.flatMap((s) =>
    s.status === "SUBMITTED" && s.submittedAt ? [{ id: s.id, number: s.number, correctCount: s.correctCount ?? 0, submittedAt: s.submittedAt }] : [],
  );
  const counted = pickCountedAttempt(submitted);
  const [itemCount, droppedCount] = counts;
  const ruleOf = new Map(regrades.map((r) => [r.questionVersionId, r]));
  const numberOf = new Map((detail ?? []).map((i) => [i.questionVersionId, i.position + 1]));

  const review: ReviewItem[] | null = detail
    ? detail.map((item) => {
        const texts = optionTexts(item.questionVersion.options);
        const rule = ruleOf.get(item.questionVersionId);
        // The effective key: a corrected one after NEW_KEY; none to point at after ALL_CORRECT or DROP.
        const key = rule ? (rule.mode === "NEW_KEY" ? (rule as { correctIndex?: number | null }).correctIndex : null) : item.questionVersion.correctIndex;
        return {
          number: item.position + 1,
          text: item.questionVersion.text,
          options: parseOptionOrder(item.optionOrder).map((optionIndex, display) => ({
            label: LABELS[display] ?? String(display + 1),
            text: texts[optionIndex] ?? "",
            isCorrect: optionIndex === key,
            isChosen: optionIndex === item.chosenIndex,
          })),
          explanation: item.questionVersion.explanation,
          isCorrect: item.isCorrect,
          regradeMode: rule?.mode ?? null,
        };
      })
    : null;

  const regrade =
    a.regradedAt || regrades.length > 0
      ? {
          regradedAt:
            a.regradedAt ?? regrades.reduce<Date | null>((latest, r) => (r.decidedAt && (!latest || r.decidedAt > latest) ? r.decidedAt : latest), null),
          notes: regrades.map((r) => ({ number: numberOf.get(r.questionVersionId) ?? null, mode: r.mode, reason: r.reason })),
        }
      : null;

  return {
    kind: "result",
    view: {
      attemptId: a.id,
      number: a.number,
      roundName: a.round.name,
      roundClosesAt: a.round.closesAt,
      correctCount: a.correctCount ?? 0,
      questionCount: itemCount - droppedCount,
      droppedCount,
      durationMs: a.durationMs ?? 0,
      submittedAt: a.submittedAt ?? a.deadline,
      submitSource: a.submitSource ?? "LAZY_CLOSE",
      graceUsedMs: a.graceUsedMs,
      prediction: a.prediction,
      counted: counted ? { attemptId: counted.id, number: counted.number, correctCount: counted.correctCount } : null,
      // A dropped item (isCorrect NULL) is neither wrong nor missed; one counted correct for
      // everyone (ALL_CORRECT) is not missed even when unanswered.
      wrongNumbers: detail ? detail.filter((i) => i.isCorrect === false && i.chosenIndex !== null).map((i) => i.position + 1) : null,
      unansweredNumbers: detail ? detail.filter((i) => i.isCorrect === false && i.chosenIndex === null).map((i) => i.position + 1) : null,
      review,
      regrade,
      answerReview: a.round.answerReview,
      attemptsUsed: siblings.length,
      attemptsAllowed: a.round.attemptsAllowed,
    },
  };
}

/** The items with their key and explanation: called only when review is allowed. */
function loadReviewItems(attemptId: string) {
  return db.attemptItem.findMany({
    where: { attemptId },
    orderBy: { position: "asc" },
    select: {
      position: true,
      questionVersionId: true,
      optionOrder: true,
      chosenIndex: true,
      isCorrect: true,
      questionVersion: { select: { text: true, options: true, correctIndex: true, explanation: true } },
    },
  });
}
