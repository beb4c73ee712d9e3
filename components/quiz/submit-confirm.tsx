"use client";

import { useEffect, useRef } from "react";

/** The confirmation before a participant submits: lists the questions still unanswered. */
export function SubmitConfirm({
  unanswered,
  predictionMissing,
  busy,
  onConfirm,
  onCancel,
}: {
  unanswered: number[];
  predictionMissing: boolean;
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
      <div role="dialog" aria-modal="true" aria-labelledby="submit-title" aria-describedby="submit-desc" className="w-full max-w-md rounded-xl bg-white p-5 shadow-lg">
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
          {predictionMissing ? <p>Bạn chưa trả lời câu hỏi dự đoán.</p> : null}
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
