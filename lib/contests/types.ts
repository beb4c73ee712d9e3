// The shape of a round as the public pages and the rules text see it. Pure types.
import type { PrizeTier } from "./prize-tiers";

export interface PublicRound {
  id: string;
  number: number;
  name: string;
  opensAt: Date;
  closesAt: Date;
  awardYear: number;
  awardMonth: number;
  questionCount: number;
  timeLimitSec: number;
  attemptsAllowed: number;
  graceSec: number;
  rankingOrder: "CORRECT_PREDICTION_DURATION" | "CORRECT_DURATION_PREDICTION";
  predictionQuestion: string;
  predictionTruth: "PARTICIPANTS" | "ATTEMPTS";
  answerReview: "AFTER_CLOSE" | "NEVER" | "IMMEDIATELY";
  minScoreForPrize: number | null;
  excludeEarlierWinners: boolean;
  status: "DRAFT" | "OPEN" | "APPROVED" | "PUBLISHED";
  prizeTiers: PrizeTier[];
  publishedAt: Date | null;
}
