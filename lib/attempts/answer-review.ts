// When a participant sees the keys and explanations of their attempt (prisma/schema.prisma
// AnswerReview, docs/DOMAIN.md §3): values, schema, labels, and the one rule the result page and the
// data download both ask. Pure.
import { z } from "zod";
import type { AnswerReview as DbAnswerReview } from "../generated/sqlite/enums";
import { prismaEnumValues } from "../enum-values";
import type { AttemptStatus } from "./attempt-status";

export const ANSWER_REVIEWS = prismaEnumValues<DbAnswerReview>()(["AFTER_CLOSE", "NEVER", "IMMEDIATELY"]);
export type AnswerReview = (typeof ANSWER_REVIEWS)[number];
export const answerReviewSchema = z.enum(ANSWER_REVIEWS);
export const DEFAULT_ANSWER_REVIEW: AnswerReview = "AFTER_CLOSE";

/** The round form's choices, in the order offered. */
export const ANSWER_REVIEW_LABEL: Record<AnswerReview, string> = {
  AFTER_CLOSE: "Sau khi đợt thi kết thúc",
  IMMEDIATELY: "Ngay sau khi nộp bài",
  NEVER: "Không cho xem",
};

/** The sentence of the public rules page. */
export const ANSWER_REVIEW_RULE: Record<AnswerReview, string> = {
  AFTER_CLOSE: "Đáp án và giải thích được công bố cho người dự thi sau khi đợt thi kết thúc.",
  NEVER: "Đáp án của các câu hỏi không được công bố.",
  IMMEDIATELY: "Người dự thi xem được đáp án và giải thích ngay sau khi nộp bài.",
};

/** Keys and explanations are shown only when the round's setting allows it, so keys do not spread while it runs. */
export function isReviewAllowed(setting: AnswerReview, roundClosesAt: Date, now: Date): boolean {
  if (setting === "IMMEDIATELY") return true;
  if (setting === "NEVER") return false;
  return now.getTime() > roundClosesAt.getTime();
}

/**
 * May the participant see this attempt question by question now: only a submitted attempt, and only
 * when its round's setting allows it. The result page (lib/attempts/result.ts) and the data download
 * (lib/participants/data-export.ts) both ask this, so neither shows a correctness the other hides.
 */
export function mayReviewAttempt(attempt: { status: AttemptStatus }, round: { answerReview: AnswerReview; closesAt: Date }, now: Date): boolean {
  return attempt.status === "SUBMITTED" && isReviewAllowed(round.answerReview, round.closesAt, now);
}
