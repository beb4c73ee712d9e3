// The shape of a round: its settings as stored, and as the public pages and the rules text see it. Pure types.
import type { AnswerReview } from "../attempts/answer-review";
import type { PredictionTruth } from "../ranking/prediction-truth";
import type { RankingOrder } from "../ranking/ranking-order";
import type { PrizeTier } from "./prize-tiers";
import type { RoundStatus } from "./round-status";

/** The round settings as stored (what the staff round form edits). */
export interface RoundSettings {
  name: string;
  opensAt: Date;
  closesAt: Date;
  awardYear: number;
  awardMonth: number;
  questionCount: number;
  timeLimitSec: number;
  attemptsAllowed: number;
  graceSec: number;
  rankingOrder: RankingOrder;
  predictionTruth: PredictionTruth;
  prizeTiers: PrizeTier[];
  minScoreForPrize: number | null;
  excludeEarlierWinners: boolean;
  predictionQuestion: string;
  answerReview: AnswerReview;
  status: RoundStatus;
  decisionNumber: string | null;
  decisionDate: string | null;
}

/** What the public pages show of a round: its settings but the decision, and when it was published. */
export interface PublicRound extends Omit<RoundSettings, "decisionNumber" | "decisionDate"> {
  id: string;
  number: number;
  publishedAt: Date | null;
}

/** A study document as the public "Tài liệu" pages list it. */
export interface PublicDocument {
  id: string;
  code: string;
  title: string;
  issuer: string;
  issuedOn: string; // yyyy-MM-dd or ""
  url: string | null;
}

/** A study document as the staff editor shows it: with how many questions cite it (none: it may be deleted). */
export interface StaffDocument extends PublicDocument {
  questions: number;
}
