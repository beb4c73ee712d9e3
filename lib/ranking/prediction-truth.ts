// What the prediction question's true value counts (prisma/schema.prisma PredictionTruth,
// docs/DOMAIN.md §5): values, schema, its one wording. Pure.
import { z } from "zod";
import type { PredictionTruth as DbPredictionTruth } from "../generated/sqlite/enums";
import { prismaEnumValues } from "../enum-values";

export const PREDICTION_TRUTHS = prismaEnumValues<DbPredictionTruth>()(["PARTICIPANTS", "ATTEMPTS"]);
export type PredictionTruth = (typeof PREDICTION_TRUTHS)[number];
export const predictionTruthSchema = z.enum(PREDICTION_TRUTHS);
export const DEFAULT_PREDICTION_TRUTH: PredictionTruth = "PARTICIPANTS";

/** What the system counts, on the round form and (lower-cased) in the jury's sentences. */
export const PREDICTION_TRUTH_LABEL: Record<PredictionTruth, string> = {
  PARTICIPANTS: "Số người có ít nhất một lượt nộp bài",
  ATTEMPTS: "Số lượt nộp bài",
};

/** The sentence of the public rules page, in the same words. */
export function predictionTruthRule(truth: PredictionTruth): string {
  return `Đáp án đúng của câu hỏi dự đoán là ${PREDICTION_TRUTH_LABEL[truth].toLowerCase()} trong đợt, do hệ thống đếm khi đợt thi kết thúc.`;
}
