"use client";

import { useEffect, useRef } from "react";
import { formatPrediction } from "@/lib/attempts/prediction-input";
import type { PredictionFieldState } from "./prediction-state";

/** What will be submitted as the prediction: the saved value, one about to be saved, or none. */
function PredictionNote({ state }: { state: PredictionFieldState }) {
  const saved = state.saved === null ? null : `Câu trả lời dự đoán đã lưu: ${formatPrediction(state.saved)}.`;
  if (state.kind === "valid" && state.status === "saved") return <p>Câu trả lời dự đoán đã lưu: {formatPrediction(state.value)}.</p>;
  if (state.kind === "valid") {
    return <p>Câu trả lời dự đoán {formatPrediction(state.value)} chưa được lưu xong; hệ thống sẽ lưu trước khi nộp bài.</p>;
  }
  if (state.kind === "invalid") {
    return (
      <p>
        Câu trả lời dự đoán bạn đang nhập không hợp lệ nên sẽ không được lưu: {state.error} {saved ?? "Bạn chưa có câu trả lời dự đoán nào được lưu."}
      </p>
    );
  }
  return <p>{saved ?? "Bạn chưa trả lời câu hỏi dự đoán."}</p>;
}

/** The confirmation before a participant submits: the questions still unanswered and the prediction. */
export function SubmitConfirm({
  unanswered,
  prediction,
  busy,
  onConfirm,
  onCancel,
}: {
  unanswered: number[];
  prediction: PredictionFieldState;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    cancelRef.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") onCancel();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onCancel]);

  return (
    <div className="fixed inset-0 z-40 flex items-end justify-center bg-slate-900/50 p-3 sm:items-center">
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="submit-title"
        aria-describedby="submit-desc"
        className="w-full max-w-md rounded-xl bg-white p-5 shadow-lg"
      >
        <h2 id="submit-title" className="text-lg font-bold text-brand-800">
          Nộp bài thi?
        </h2>
        <div id="submit-desc" className="mt-2 space-y-2 text-slate-800">
          {unanswered.length > 0 ? (
            <p>
              Bạn còn <strong>{unanswered.length}</strong> câu chưa trả lời: {unanswered.map((n) => `câu ${n}`).join(", ")}.
            </p>
          ) : (
            <p>Bạn đã trả lời tất cả các câu hỏi trắc nghiệm.</p>
          )}
          <PredictionNote state={prediction} />
          <p>Sau khi nộp, bạn không thể sửa câu trả lời.</p>
        </div>
        <div className="mt-5 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <button ref={cancelRef} type="button" onClick={onCancel} className="rounded-lg border border-slate-300 px-4 py-3 font-semibold text-slate-800">
            Tiếp tục làm bài
          </button>
          <button type="button" onClick={onConfirm} disabled={busy} className="rounded-lg bg-accent-500 px-4 py-3 font-semibold text-white disabled:opacity-60">
            {busy ? "Đang nộp bài…" : "Xác nhận nộp bài"}
          </button>
        </div>
      </div>
    </div>
  );
}
