// A round's ranking order (prisma/schema.prisma RankingOrder, docs/DOMAIN.md §6): the values, the
// one tie-break chain of each, and its words. Pure. The JS comparator (lib/ranking/tie-break.ts),
// the SQL ORDER BY (lib/winners/ranking-sql.ts) and every text describing the chain (the round
// form, the jury's computation summary, the public rules page) read RANKING_CHAIN, so the order
// and its description cannot drift apart.
import { z } from "zod";
import type { RankingOrder as DbRankingOrder } from "../generated/sqlite/enums";
import { prismaEnumValues } from "../enum-values";

export const RANKING_ORDERS = prismaEnumValues<DbRankingOrder>()(["CORRECT_PREDICTION_DURATION", "CORRECT_DURATION_PREDICTION"]);
export type RankingOrder = (typeof RANKING_ORDERS)[number];
export const rankingOrderSchema = z.enum(RANKING_ORDERS);
export const DEFAULT_RANKING_ORDER: RankingOrder = "CORRECT_PREDICTION_DURATION";

/** A key of the chain: correct ↓, then ascending |prediction − true|, duration, submitted, registered. */
export type RankingCriterion = "correct" | "prediction" | "duration" | "submitted" | "registered";

/** The chain of each order. After its last key the participant id makes the order total (lib/ranking/tie-break.ts). */
export const RANKING_CHAIN: Record<RankingOrder, readonly RankingCriterion[]> = {
  CORRECT_PREDICTION_DURATION: ["correct", "prediction", "duration", "submitted", "registered"],
  CORRECT_DURATION_PREDICTION: ["correct", "duration", "prediction", "submitted", "registered"],
};

/** Whether the chain compares durations before predictions (the jury's table orders its columns so). */
export function isDurationBeforePrediction(order: RankingOrder): boolean {
  const chain = RANKING_CHAIN[order];
  return chain.indexOf("duration") < chain.indexOf("prediction");
}

/** Each key named once, as a short label (staff screens) and as the rule a participant reads (Thể lệ). */
const CRITERION: Record<RankingCriterion, { name: string; rule: string }> = {
  correct: { name: "số câu đúng", rule: "Số câu trả lời đúng nhiều hơn." },
  prediction: { name: "độ lệch dự đoán", rule: "Dự đoán gần với đáp án đúng của câu hỏi dự đoán hơn (chênh lệch nhỏ hơn)." },
  duration: { name: "thời gian làm bài", rule: "Thời gian làm bài ngắn hơn (do máy chủ đo, tính đến phần nghìn giây)." },
  submitted: { name: "thời điểm nộp", rule: "Nộp bài sớm hơn." },
  registered: { name: "thời điểm đăng ký", rule: "Đăng ký tài khoản sớm hơn." },
};

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Số câu đúng → độ lệch dự đoán → …": the chain on staff screens. */
export const RANKING_ORDER_LABEL = Object.fromEntries(
  RANKING_ORDERS.map((o) => [o, capitalised(RANKING_CHAIN[o].map((c) => CRITERION[c].name).join(" → "))]),
) as Record<RankingOrder, string>;

/** The chain as the numbered criteria of the public rules page. */
export const RANKING_CRITERIA = Object.fromEntries(RANKING_ORDERS.map((o) => [o, RANKING_CHAIN[o].map((c) => CRITERION[c].rule)])) as Record<
  RankingOrder,
  string[]
>;
