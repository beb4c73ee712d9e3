// Validation of the question bank's inputs: one schema per use case, shared by the
// react-hook-form resolver (client) and the server actions (server). Messages in Vietnamese.
import { z } from "zod";
import { searchKey } from "../text";
import { DIFFICULTIES, MAX_OPTIONS, MIN_OPTIONS, QUESTION_STATUSES } from "./format";

const QUESTION_TEXT_MAX = 2000;
const OPTION_TEXT_MAX = 500;

const optionSchema = z.object({
  text: z.string().trim().min(1, "Phương án không được để trống.").max(OPTION_TEXT_MAX, `Phương án tối đa ${OPTION_TEXT_MAX} ký tự.`),
});

/** What a question's version holds plus its bank metadata (document, difficulty). */
const questionFields = z.object({
  text: z.string().trim().min(3, "Nội dung câu hỏi quá ngắn.").max(QUESTION_TEXT_MAX, `Nội dung tối đa ${QUESTION_TEXT_MAX} ký tự.`),
  options: z.array(optionSchema).min(MIN_OPTIONS, `Cần ít nhất ${MIN_OPTIONS} phương án.`).max(MAX_OPTIONS, `Tối đa ${MAX_OPTIONS} phương án.`),
  correctIndex: z.number({ message: "Chọn đáp án đúng." }).int().min(0, "Chọn đáp án đúng."),
  explanation: z.string().trim().max(QUESTION_TEXT_MAX, `Giải thích tối đa ${QUESTION_TEXT_MAX} ký tự.`),
  documentId: z.string().nullable(),
  difficulty: z.enum(DIFFICULTIES, { message: "Chọn độ khó." }),
});

type QuestionFields = z.output<typeof questionFields>;

/** Exactly one correct option among distinct options (compared without diacritics). */
function refineQuestion(v: QuestionFields, ctx: z.RefinementCtx): void {
  if (v.correctIndex >= v.options.length) {
    ctx.addIssue({ code: "custom", path: ["correctIndex"], message: "Đáp án đúng phải là một trong các phương án." });
  }
  const seen = new Map<string, number>();
  v.options.forEach((o, i) => {
    const key = searchKey(o.text);
    if (!key) return;
    const first = seen.get(key);
    if (first !== undefined) {
      ctx.addIssue({ code: "custom", path: ["options", i, "text"], message: `Trùng với phương án ${String.fromCharCode(65 + first)}.` });
    } else seen.set(key, i);
  });
}

export const questionContentSchema = questionFields.superRefine(refineQuestion);
export type QuestionContentInput = z.input<typeof questionContentSchema>;
export type QuestionContent = z.output<typeof questionContentSchema>;

// The editor saw the near-duplicate warning and chose to save anyway.
const confirmSimilar = z.boolean();

export const createQuestionSchema = questionFields.extend({ contestId: z.string().min(1), confirmSimilar }).superRefine(refineQuestion);

export const updateQuestionSchema = questionFields
  .extend({
    id: z.string().min(1),
    // The version the editor started from: a save over someone else's newer version is refused.
    baseVersion: z.number().int().min(1),
    confirmSimilar,
  })
  .superRefine(refineQuestion);

export const setQuestionStatusSchema = z.object({
  id: z.string().min(1),
  status: z.enum(QUESTION_STATUSES),
});

export const checkSimilarSchema = z.object({
  contestId: z.string().min(1),
  text: z.string().max(QUESTION_TEXT_MAX),
  excludeId: z.string().nullable(),
});

/** The bank list's filters as they arrive in the URL (all optional strings). */
const questionFilterSchema = z.object({
  q: z.string().trim().max(200).catch(""),
  document: z.string().max(100).catch(""), // a document id, "none" for untagged, "" for all
  status: z.enum([...QUESTION_STATUSES, ""]).catch(""),
  difficulty: z.enum([...DIFFICULTIES, ""]).catch(""),
  page: z.coerce.number().int().min(1).max(100000).catch(1),
});
export type QuestionFilter = z.output<typeof questionFilterSchema>;

export function parseQuestionFilter(params: Record<string, string | string[] | undefined>): QuestionFilter {
  const pick = (k: string) => {
    const v = params[k];
    return Array.isArray(v) ? v[0] : v;
  };
  return questionFilterSchema.parse({
    q: pick("q") ?? "",
    document: pick("taiLieu") ?? "",
    status: pick("trangThai") ?? "",
    difficulty: pick("doKho") ?? "",
    page: pick("trang") ?? 1,
  });
}
