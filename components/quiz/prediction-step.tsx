"use client";

import { SAVE_STATUS_TEXT } from "./question-card";
import type { SaveStatus } from "./use-answer-queue";

/** The prediction question (DOMAIN.md rule 5): a whole number, saved like an answer. */
export function PredictionStep({
  question,
  value,
  error,
  status,
  disabled,
  onChange,
}: {
  question: string;
  value: string;
  error: string | null;
  status: SaveStatus | undefined;
  disabled: boolean;
  onChange: (value: string) => void;
}) {
  return (
    <div className="rounded-xl bg-white p-4 shadow-sm">
      <p className="text-sm font-semibold text-brand-700">Câu hỏi dự đoán</p>
      <label htmlFor="prediction" className="mt-1 block text-lg font-medium text-slate-900">
        {question}
      </label>
      <input
        id="prediction"
        type="number"
        inputMode="numeric"
        min={0}
        max={1_000_000_000}
        step={1}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "prediction-hint prediction-error" : "prediction-hint"}
        className="mt-3 w-full rounded-lg border border-slate-300 p-3 text-lg"
      />
      <p id="prediction-hint" className="mt-2 text-sm text-slate-600">
        Nhập một số nguyên. Câu trả lời dự đoán dùng để xếp hạng khi có nhiều người cùng số câu đúng.
      </p>
      {error ? (
        <p id="prediction-error" role="alert" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
      <p className="mt-2 min-h-5 text-sm text-slate-600">{status ? SAVE_STATUS_TEXT[status] : null}</p>
    </div>
  );
}
