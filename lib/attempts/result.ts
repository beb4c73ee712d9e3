// The result page of one attempt: score, duration, whether it is the attempt that counts, the
// questions missed, and — only when the round's setting allows it — the key and explanations.
import "server-only";
import { db } from "../db";
import { pickCountedAttempt } from "../ranking/counted-attempt";
import { now } from "../time";
import { closeAttemptIfExpired } from "./close";
import { parseOptionOrder } from "./option-order";
import { isPastGrace, isReviewAllowed } from "./rules";

export interface ReviewOption {
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
  isCorrect: boolean;
}

export interface AttemptResultView {
  attemptId: string;
  number: number;
  roundName: string;
  roundClosesAt: Date;
  correctCount: number;
  questionCount: number;
  durationMs: number;
  submittedAt: Date;
  submitSource: "PARTICIPANT" | "AUTO" | "LAZY_CLOSE";
  graceUsedMs: number | null;
  prediction: number | null;
  /** The attempt that counts among the person's submitted attempts of the round. */
  counted: { attemptId: string; number: number; correctCount: number } | null;
  wrongNumbers: number[];
  unansweredNumbers: number[];
  review: ReviewItem[] | null;
  answerReview: "AFTER_CLOSE" | "NEVER" | "IMMEDIATELY";
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

  const reviewAllowed = isReviewAllowed(a.round.answerReview, a.round.closesAt, at);
  const [items, siblings] = await Promise.all([
    db.attemptItem.findMany({
      where: { attemptId: a.id },
      orderBy: { position: "asc" },
      select: {
        position: true,
        optionOrder: true,
        chosenIndex: true,
        isCorrect: true,
        // The key is read only when it may be shown.
        questionVersion: { select: { text: true, options: true, correctIndex: reviewAllowed, explanation: reviewAllowed } },
      },
    }),
    db.attempt.findMany({ where: { participantId, roundId: a.roundId }, select: { id: true, number: true, status: true, correctCount: true, submittedAt: true } }),
  ]);

  const submitted = siblings.flatMap((s) =>
    s.status === "SUBMITTED" && s.submittedAt ? [{ id: s.id, number: s.number, correctCount: s.correctCount ?? 0, submittedAt: s.submittedAt }] : [],
  );
  const counted = pickCountedAttempt(submitted);

  const review: ReviewItem[] | null = reviewAllowed
    ? items.map((item) => {
        const texts = optionTexts(item.questionVersion.options);
        const correctIndex = (item.questionVersion as { correctIndex?: number }).correctIndex;
        return {
          number: item.position + 1,
          text: item.questionVersion.text,
          options: parseOptionOrder(item.optionOrder).map((optionIndex, display) => ({
            label: LABELS[display] ?? String(display + 1),
            text: texts[optionIndex] ?? "",
            isCorrect: optionIndex === correctIndex,
            isChosen: optionIndex === item.chosenIndex,
          })),
          explanation: (item.questionVersion as { explanation?: string }).explanation ?? "",
          isCorrect: item.isCorrect === true,
        };
      })
    : null;

  return {
    kind: "result",
    view: {
      attemptId: a.id,
      number: a.number,
      roundName: a.round.name,
      roundClosesAt: a.round.closesAt,
      correctCount: a.correctCount ?? 0,
      questionCount: items.length,
      durationMs: a.durationMs ?? 0,
      submittedAt: a.submittedAt ?? a.deadline,
      submitSource: a.submitSource ?? "LAZY_CLOSE",
      graceUsedMs: a.graceUsedMs,
      prediction: a.prediction,
      counted: counted ? { attemptId: counted.id, number: counted.number, correctCount: counted.correctCount } : null,
      wrongNumbers: items.filter((i) => i.isCorrect !== true && i.chosenIndex !== null).map((i) => i.position + 1),
      unansweredNumbers: items.filter((i) => i.chosenIndex === null).map((i) => i.position + 1),
      review,
      answerReview: a.round.answerReview,
      attemptsUsed: siblings.length,
      attemptsAllowed: a.round.attemptsAllowed,
    },
  };
}
