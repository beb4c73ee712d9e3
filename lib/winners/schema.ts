// Inputs of the winners use cases: one zod schema each, shared by the forms (react-hook-form
// resolver), the server actions and the route handler. Messages in Vietnamese.
import { z } from "zod";

const id = z.string().trim().min(1, "Thiếu mã.").max(100);

/** A reason the jury records and the audit log keeps (docs/DOMAIN.md §9). */
export const reasonSchema = z.string().trim().min(5, "Vui lòng ghi lý do (ít nhất 5 ký tự).").max(500, "Lý do tối đa 500 ký tự.");

/** Body of POST /api/rounds/<roundId>/winners (optional). */
export const runWinnersBodySchema = z.object({
  force: z.boolean().optional(),
  reason: z.string().max(500, "Lý do tối đa 500 ký tự.").optional(),
});

/** The jury's "recompute" button (ADMIN may force it outside the award month with a reason). */
export const recomputeSchema = z.object({
  roundId: id,
  force: z.boolean().optional(),
  /** Outside the award month: recompute an existing ranking after a jury decision (no force needed). */
  afterDecision: z.boolean().optional(),
  reason: z.string().trim().max(500, "Lý do tối đa 500 ký tự.").optional(),
});

export const participantDecisionSchema = z.object({ roundId: id, participantId: id, reason: reasonSchema });

export const overrideTrueValueSchema = z.object({
  roundId: id,
  /** null removes the override: the counted value applies again. */
  value: z
    .number({ error: "Giá trị phải là một số nguyên." })
    .int("Giá trị phải là một số nguyên.")
    .min(0, "Giá trị không được âm.")
    .max(100_000_000, "Giá trị quá lớn.")
    .nullable(),
  reason: reasonSchema,
});

export const approveSchema = z.object({ roundId: id, computationId: id });
export const publishSchema = z.object({ roundId: id });

export type RecomputeInput = z.infer<typeof recomputeSchema>;
export type ParticipantDecisionInput = z.infer<typeof participantDecisionSchema>;
export type OverrideTrueValueInput = z.infer<typeof overrideTrueValueSchema>;
export type ApproveInput = z.infer<typeof approveSchema>;
export type PublishInput = z.infer<typeof publishSchema>;
