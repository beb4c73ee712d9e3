// What a participant types in the prediction field, read the Vietnamese way (docs/DOMAIN.md
// "Vietnamese formats"): "1.500" and "1 500" mean fifteen hundred, "1,5" is one and a half.
// Pure: the quiz page parses with it before anything is saved, and shows the number understood.
import { MAX_PREDICTION } from "./rules";

export type PredictionInput = { ok: true; value: number | null } | { ok: false; error: string };

export const PREDICTION_INPUT_ERRORS = {
  comma: "Câu trả lời dự đoán là một số nguyên. Dấu phẩy dùng cho số thập phân; để phân nhóm chữ số, hãy dùng dấu chấm hoặc dấu cách (ví dụ 1.500 hoặc 1 500).",
  grouping: "Dấu chấm (hoặc dấu cách) dùng để phân nhóm ba chữ số: sau mỗi dấu phải có đúng 3 chữ số (ví dụ 1.500 hoặc 12.345.678).",
  negative: "Số dự đoán không được âm.",
  notDigits: "Vui lòng chỉ nhập chữ số (ví dụ 1500 hoặc 1.500).",
  tooLarge: "Số dự đoán không được vượt quá 1.000.000.000.",
} as const;

// Plain, no-break (U+00A0), narrow no-break (U+202F) and thin (U+2009) spaces: what phones and
// office software put between digit groups.
const SPACES = /[ \u00a0\u202f\u2009]/g;
const PLAIN = /^\d+$/;
const DOT_GROUPS = /^\d{1,3}(?:\.\d{3})+$/;
const SPACE_GROUPS = /^\d{1,3}(?: \d{3})+$/;

/** Parses the field's text. Empty (or only spaces) is "no value", not an error. */
export function parsePredictionInput(text: string): PredictionInput {
  const t = text.trim().replace(SPACES, " ");
  if (t === "") return { ok: true, value: null };
  if (t.includes(",")) return { ok: false, error: PREDICTION_INPUT_ERRORS.comma };
  if (/^[-−–]/.test(t)) return { ok: false, error: PREDICTION_INPUT_ERRORS.negative };
  if (!/^[\d. ]+$/.test(t)) return { ok: false, error: PREDICTION_INPUT_ERRORS.notDigits };
  if (!PLAIN.test(t) && !DOT_GROUPS.test(t) && !SPACE_GROUPS.test(t)) return { ok: false, error: PREDICTION_INPUT_ERRORS.grouping };
  const value = Number(t.replace(/[. ]/g, ""));
  if (value > MAX_PREDICTION) return { ok: false, error: PREDICTION_INPUT_ERRORS.tooLarge };
  return { ok: true, value };
}

/** A whole number written the Vietnamese way: 1500 → "1.500", 12345678 → "12.345.678". */
export function formatPrediction(value: number): string {
  return String(Math.trunc(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}
