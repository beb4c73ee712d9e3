// The regrade enums (prisma/schema.prisma RegradeMode, RegradeStatus): values, labels, predicates.
// Pure: screens import the labels from here and never spell a status again.
import type { GradingRule } from "../attempts/rules";

export const REGRADE_MODES = ["NEW_KEY", "ALL_CORRECT", "DROP"] as const;
export type RegradeMode = (typeof REGRADE_MODES)[number];

export const REGRADE_MODE_LABEL: Record<RegradeMode, string> = {
  NEW_KEY: "Chấm lại theo đáp án đúng mới",
  ALL_CORRECT: "Tính đúng cho mọi người được hỏi câu này",
  DROP: "Bỏ câu hỏi khỏi điểm của mọi lượt thi",
};

/** What a regrade did to one question, as the participant's result page says it (never pointing at the key). */
export const REGRADE_MODE_PARTICIPANT_TEXT: Record<RegradeMode, string> = {
  NEW_KEY: "được chấm lại theo đáp án đã sửa",
  ALL_CORRECT: "được tính đúng cho mọi thí sinh",
  DROP: "bị loại khỏi bài thi",
};

export const REGRADE_STATUSES = ["PROPOSED", "APPLIED", "REJECTED", "SUPERSEDED"] as const;
export type RegradeStatus = (typeof REGRADE_STATUSES)[number];

export const REGRADE_STATUS_LABEL: Record<RegradeStatus, string> = {
  PROPOSED: "Chờ quyết định",
  APPLIED: "Đã áp dụng",
  REJECTED: "Đã từ chối",
  SUPERSEDED: "Đã được thay thế",
};

/** Only a proposal can be decided: an applied, rejected or superseded regrade is final. */
export function isRegradeDecidable(status: RegradeStatus): boolean {
  return status === "PROPOSED";
}

/** "<roundId>:<questionVersionId>": Regrade.activeKey while APPLIED (one effective regrade per version and round). */
export function regradeActiveKey(roundId: string, questionVersionId: string): string {
  return `${roundId}:${questionVersionId}`;
}

/** A stored regrade as the grading rule it stands for (lib/attempts/rules.ts). */
export function ruleOf(r: { mode: RegradeMode; correctIndex: number | null }): GradingRule {
  if (r.mode === "NEW_KEY") {
    if (r.correctIndex === null) throw new Error("A NEW_KEY regrade needs a correctIndex");
    return { mode: "NEW_KEY", correctIndex: r.correctIndex };
  }
  return { mode: r.mode };
}
