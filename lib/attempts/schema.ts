// One zod schema per quiz use case, parsed again on the server by every action.
import { z } from "zod";
import { MAX_PREDICTION } from "./rules";

const id = z.string().trim().min(1, "Thiếu mã.").max(64, "Mã không hợp lệ.");

export const startAttemptSchema = z.object({ roundId: id });

export const saveAnswerSchema = z.object({
  attemptId: id,
  position: z.number().int().min(0).max(999),
  token: z.string().min(1).max(64),
});

export const savePredictionSchema = z.object({
  attemptId: id,
  prediction: z
    .number({ error: "Vui lòng nhập một số." })
    .int("Vui lòng nhập số nguyên.")
    .min(0, "Số dự đoán không được âm.")
    .max(MAX_PREDICTION, "Số dự đoán không được vượt quá 1.000.000.000."),
});

export const submitAttemptSchema = z.object({
  attemptId: id,
  source: z.enum(["PARTICIPANT", "AUTO"]),
});
