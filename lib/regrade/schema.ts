// Inputs of the regrade use cases (issue 13 point 3): one zod schema each, shared by the forms
// (react-hook-form resolver), the server actions and the library. Messages in Vietnamese.
import { z } from "zod";
import type { GradingRule } from "../attempts/rules";
import { MAX_OPTIONS } from "../questions/format";
import { REGRADE_MODES } from "./enums";

const id = z.string().trim().min(1, "Thiếu mã.").max(100);

const ruleFields = {
  roundId: id,
  questionVersionId: z.string({ error: "Vui lòng chọn câu hỏi." }).trim().min(1, "Vui lòng chọn câu hỏi.").max(100),
  mode: z.enum(REGRADE_MODES, { error: "Vui lòng chọn cách chấm lại." }),
  /** NEW_KEY only: an index into the version's options in editor order (ignored for the other modes). */
  correctIndex: z
    .number({ error: "Vui lòng chọn đáp án đúng mới." })
    .int("Vui lòng chọn đáp án đúng mới.")
    .min(0, "Vui lòng chọn đáp án đúng mới.")
    .max(MAX_OPTIONS - 1, "Đáp án không có trong câu hỏi.")
    .nullable()
    .optional(),
};

const keyRequired = (v: { mode: string; correctIndex?: number | null }, ctx: z.RefinementCtx) => {
  if (v.mode === "NEW_KEY" && (v.correctIndex === null || v.correctIndex === undefined)) {
    ctx.addIssue({ code: "custom", path: ["correctIndex"], message: "Vui lòng chọn đáp án đúng mới." });
  }
};

/** A rule to preview (dry run): which question of which round, and how to grade it. */
export const regradeRuleSchema = z.object(ruleFields).superRefine(keyRequired);

/** A juror's proposal: the rule and why. */
export const proposeRegradeSchema = z
  .object({ ...ruleFields, reason: z.string().trim().min(5, "Vui lòng ghi lý do (ít nhất 5 ký tự).").max(1000, "Lý do tối đa 1000 ký tự.") })
  .superRefine(keyRequired);

/** What the checks against the question need to know about one version in the round. */
export interface VersionKeyInfo {
  /** The version's own key. */
  key: number;
  optionCount: number;
  /** The regrade applied to this version in this round, if any. */
  applied: GradingRule | null;
}

/**
 * The key a NEW_KEY proposal must differ from: the applied corrected key, else the version's own.
 * null under an applied ALL_CORRECT or DROP (then any option, even the original key, is a change).
 */
function currentKeyOf(info: VersionKeyInfo): number | null {
  if (!info.applied) return info.key;
  return info.applied.mode === "NEW_KEY" ? info.applied.correctIndex : null;
}

/**
 * The checks that need the question itself: the new key exists and differs from the current one,
 * and the proposal is not the rule already applied. `infoOf` answers for the versions of the round
 * (the form has them from the page, the server reads them); undefined: unknown version.
 */
export function withQuestionChecks<S extends typeof regradeRuleSchema | typeof proposeRegradeSchema>(
  schema: S,
  infoOf: (questionVersionId: string) => VersionKeyInfo | undefined,
): S {
  return schema.superRefine((v, ctx) => {
    const info = infoOf(v.questionVersionId);
    if (!info) {
      ctx.addIssue({ code: "custom", path: ["questionVersionId"], message: "Câu hỏi này không có trong đợt thi." });
      return;
    }
    if (v.mode === "NEW_KEY") {
      if (v.correctIndex === null || v.correctIndex === undefined) return;
      if (v.correctIndex >= info.optionCount) ctx.addIssue({ code: "custom", path: ["correctIndex"], message: "Đáp án không có trong câu hỏi." });
      else if (v.correctIndex === currentKeyOf(info))
        ctx.addIssue({ code: "custom", path: ["correctIndex"], message: "Đáp án mới trùng với đáp án hiện tại của câu hỏi." });
    } else if (info.applied?.mode === v.mode) {
      ctx.addIssue({ code: "custom", path: ["mode"], message: "Câu hỏi này đang được chấm theo đúng cách này." });
    }
  }) as S;
}

export const applyRegradeSchema = z.object({
  regradeId: id,
  note: z.string().trim().max(500, "Ghi chú tối đa 500 ký tự.").optional(),
});

/** A rejection says why (the juror who proposed it reads it). */
export const rejectRegradeSchema = z.object({
  regradeId: id,
  note: z.string().trim().min(5, "Vui lòng ghi lý do từ chối (ít nhất 5 ký tự).").max(500, "Ghi chú tối đa 500 ký tự."),
});

export type RegradeRuleInput = z.infer<typeof regradeRuleSchema>;
export type ProposeRegradeInput = z.infer<typeof proposeRegradeSchema>;
export type ApplyRegradeInput = z.infer<typeof applyRegradeSchema>;
export type RejectRegradeInput = z.infer<typeof rejectRegradeSchema>;
