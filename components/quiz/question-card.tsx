"use client";

import type { RunnerQuestion } from "@/lib/attempts/runner-payload";
import type { SaveStatus } from "./use-answer-queue";

const LABELS = "ABCDEFGH";

export const SAVE_STATUS_TEXT: Record<SaveStatus, string> = {
  saving: "Đang lưu…",
  saved: "Đã lưu",
  queued: "Chưa gửi được — sẽ tự gửi lại khi có mạng",
  refused: "Không lưu được",
};

/** One question: its options as a radio group; choosing one saves it at once. */
export function QuestionCard({
  question,
  number,
  total,
  chosen,
  status,
  disabled,
  onChoose,
}: {
  question: RunnerQuestion;
  number: number;
  total: number;
  chosen: number | null;
  status: SaveStatus | undefined;
  disabled: boolean;
  onChoose: (display: number) => void;
}) {
  const statusId = `save-status-${question.position}`;
  return (
    <fieldset className="min-w-0 rounded-xl bg-white p-4 shadow-sm" aria-describedby={statusId}>
      <legend className="w-full">
        <span className="block text-sm font-semibold text-brand-700">
          Câu {number}/{total}
        </span>
        <span className="mt-1 block text-lg font-medium wrap-anywhere text-slate-900">{question.text}</span>
      </legend>
      <div className="mt-4 space-y-2">
        {question.options.map((option, display) => {
          const id = `q${question.position}-o${display}`;
          const isChosen = chosen === display;
          return (
            <label
              key={id}
              htmlFor={id}
              className={`flex min-h-12 cursor-pointer items-start gap-3 rounded-lg border p-3 ${isChosen ? "border-brand-700 bg-brand-50" : "border-slate-300 bg-white"} ${disabled ? "cursor-not-allowed opacity-70" : ""}`}
            >
              <input
                id={id}
                type="radio"
                name={`q${question.position}`}
                className="mt-1 h-5 w-5 shrink-0 accent-brand-700"
                checked={isChosen}
                disabled={disabled}
                onChange={() => onChoose(display)}
              />
              <span className="min-w-0 wrap-anywhere">
                <span className="font-semibold">{LABELS[display] ?? display + 1}.</span> {option.text}
              </span>
            </label>
          );
        })}
      </div>
      <p id={statusId} className="mt-3 min-h-5 text-sm text-slate-600">
        {status ? SAVE_STATUS_TEXT[status] : chosen === null ? "Chưa trả lời" : "Đã lưu"}
      </p>
    </fieldset>
  );
}
