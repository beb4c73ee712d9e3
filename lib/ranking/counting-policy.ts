// Which attempt of a participant counts (prisma/schema.prisma CountingPolicy, docs/DOMAIN.md §4):
// the values and the rule in words. Pure. The one policy is applied by lib/ranking/counted-attempt.ts
// and its SQL twin in lib/winners/ranking-sql.ts; no form offers another, so there is no schema.
import type { CountingPolicy as DbCountingPolicy } from "../generated/sqlite/enums";
import { prismaEnumValues } from "../enum-values";

export const COUNTING_POLICIES = prismaEnumValues<DbCountingPolicy>()(["BEST_THEN_EARLIEST"]);
type CountingPolicy = (typeof COUNTING_POLICIES)[number];

/** The rule as the public rules page states it. */
export const COUNTING_POLICY_RULE: Record<CountingPolicy, string> = {
  BEST_THEN_EARLIEST:
    "Nếu thi nhiều lượt, kết quả của một người trong đợt là lượt có số câu trả lời đúng cao nhất; nếu nhiều lượt bằng số câu đúng, tính lượt nộp sớm nhất (không chọn theo câu trả lời dự đoán).",
};
