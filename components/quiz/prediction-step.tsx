"use client";

import { formatPrediction } from "@/lib/attempts/prediction-input";
import { SAVE_STATUS_TEXT } from "./question-card";
import type { PredictionFieldState } from "./prediction-state";

const UNSAVED_TEXT = "Chưa lưu — nhấn “Lưu dự đoán” hoặc rời khỏi ô nhập để lưu";

function statusText(state: PredictionFieldState): string | null {
  const before = state.saved !== null ? `Câu trả lời dự đoán đã lưu: ${formatPrediction(state.saved)}` : null;
  if (state.kind !== "valid") return before;
  if (state.status !== "unsaved") return SAVE_STATUS_TEXT[state.status];
  return before ? `${UNSAVED_TEXT}. ${before}.` : UNSAVED_TEXT;
}

/**
 * The prediction question (docs/DOMAIN.md §5): a whole number, typed the Vietnamese way ("1.500").
 * A text field, not type="number" (which drops "1.500" to 1.5 or nothing): the number understood is
 * shown as it is typed, and only a complete valid value is saved — on leaving the field, on Enter,
 * or with the button — never per keystroke.
 */
export function PredictionStep({
  question,
  text,
  state,
  disabled,
  onChange,
  onCommit,
}: {
  question: string;
  text: string;
  state: PredictionFieldState;
  disabled: boolean;
  onChange: (text: string) => void;
  onCommit: () => void;
}) {
  const invalid = state.kind === "invalid";
  return (
    <div className="rounded-xl bg-white p-4 shadow-sm">
      <p className="text-sm font-semibold text-brand-700">Câu hỏi dự đoán</p>
      <label htmlFor="prediction" className="mt-1 block text-lg font-medium text-slate-900">
        {question}
      </label>
      <input
        id="prediction"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        enterKeyHint="done"
        value={text}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onCommit}
        onKeyDown={(e) => {
          if (e.key !== "Enter") return;
          e.preventDefault();
          onCommit();
        }}
        aria-invalid={invalid ? true : undefined}
        aria-describedby="prediction-hint prediction-feedback"
        className={`mt-3 w-full rounded-lg border p-3 text-lg ${invalid ? "border-red-600" : "border-slate-300"}`}
      />
      <p id="prediction-hint" className="mt-2 text-sm text-slate-600">
        Nhập một số nguyên; có thể viết 1.500 hoặc 1 500. Câu trả lời dự đoán dùng để xếp hạng khi có nhiều người cùng số câu đúng.
      </p>
      <p id="prediction-feedback" aria-live="polite" className={`mt-1 min-h-5 text-sm ${invalid ? "text-red-700" : "font-semibold text-slate-900"}`}>
        {state.kind === "invalid" ? state.error : state.kind === "valid" ? `Bạn nhập: ${formatPrediction(state.value)}` : null}
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={onCommit}
          disabled={disabled}
          className="rounded-lg border border-brand-700 px-4 py-2 font-semibold text-brand-700 disabled:opacity-40"
        >
          Lưu dự đoán
        </button>
        <p id="prediction-status" role="status" className="min-h-5 text-sm text-slate-600">
          {statusText(state)}
        </p>
      </div>
    </div>
  );
}
