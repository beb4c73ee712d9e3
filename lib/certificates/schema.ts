// One zod schema per certificate use case, shared by the forms and the server actions.
import { z } from "zod";
import { parseIsoDate } from "../time";

const id = z.string().trim().min(1, "Thiếu mã.").max(64);

/** The award decision of a round (Số và ngày quyết định khen thưởng). */
export const decisionSchema = z.object({
  roundId: id,
  decisionNumber: z.string().trim().min(1, "Nhập số quyết định.").max(60, "Số quyết định tối đa 60 ký tự."),
  decisionDate: z
    .string()
    .trim()
    .refine((v) => parseIsoDate(v) !== null, "Ngày quyết định không hợp lệ (dd/mm/yyyy)."),
});
export type DecisionInput = z.infer<typeof decisionSchema>;

/** One chunk of certificate numbering: the page calls it repeatedly to show progress. */
export const generateSchema = z.object({
  roundId: id,
  limit: z.number().int().min(1).max(200).default(10),
});

export const revokeSchema = z.object({
  certificateId: id,
  reason: z.string().trim().min(5, "Nêu lý do thu hồi (ít nhất 5 ký tự).").max(500, "Lý do tối đa 500 ký tự."),
});
export type RevokeInput = z.infer<typeof revokeSchema>;

export const certificateDataFormatSchema = z.enum(["xlsx", "csv"]);
