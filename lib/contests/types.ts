// The shape of a round: its settings as stored, and as the public pages and the rules text see it.
// Pure: types, and the Prisma selects that read exactly those fields (no Prisma import).
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

/** The round settings as the public pages read them: every setting but the award decision. */
export const publicRoundSettingsSelect = {
  name: true,
  opensAt: true,
  closesAt: true,
  awardYear: true,
  awardMonth: true,
  questionCount: true,
  timeLimitSec: true,
  attemptsAllowed: true,
  graceSec: true,
  rankingOrder: true,
  predictionTruth: true,
  prizeTiers: true,
  minScoreForPrize: true,
  excludeEarlierWinners: true,
  predictionQuestion: true,
  answerReview: true,
  status: true,
} as const satisfies Record<keyof Omit<RoundSettings, "decisionNumber" | "decisionDate">, true>;

/** The Prisma select of every RoundSettings field: the one list the round reads spread. */
export const roundSettingsSelect = {
  ...publicRoundSettingsSelect,
  decisionNumber: true,
  decisionDate: true,
} as const satisfies Record<keyof RoundSettings, true>;

/** What the public pages show of a round: its settings but the decision, and when it was published. */
export interface PublicRound extends Omit<RoundSettings, "decisionNumber" | "decisionDate"> {
  id: string;
  number: number;
  publishedAt: Date | null;
}

/** A study document's uploaded copy (lib/contests/document-files.ts): its name, sniffed content type, bytes. */
export interface DocumentFile {
  fileName: string;
  fileType: string;
  fileSize: number;
}

/** A study document as the public "Tài liệu" pages list it. */
export interface PublicDocument {
  id: string;
  code: string;
  title: string;
  issuer: string;
  issuedOn: string; // yyyy-MM-dd or ""
  url: string | null;
  /** Served at /tai-lieu/<id>; null when staff uploaded none (the link, if any, is then the only source). */
  file: DocumentFile | null;
}

/** A study document as the staff editor shows it: with how many questions cite it (none: it may be deleted). */
export interface StaffDocument extends PublicDocument {
  questions: number;
}
