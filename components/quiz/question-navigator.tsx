"use client";

/** The grid of question numbers: answered ones filled, the current one outlined, plus the prediction step. */
export function QuestionNavigator({
  answered,
  current,
  predictionAnswered,
  onGo,
}: {
  answered: boolean[];
  current: number;
  predictionAnswered: boolean;
  onGo: (step: number) => void;
}) {
  const predictionStep = answered.length;
  return (
    <nav aria-label="Danh sách câu hỏi" className="rounded-xl bg-white p-3 shadow-sm">
      <ul className="grid grid-cols-5 gap-2 sm:grid-cols-10">
        {answered.map((isAnswered, i) => (
          <li key={i}>
            <button
              type="button"
              onClick={() => onGo(i)}
              aria-current={current === i ? "step" : undefined}
              aria-label={`Câu ${i + 1}, ${isAnswered ? "đã trả lời" : "chưa trả lời"}`}
              className={`h-11 w-full rounded-lg border text-sm font-semibold ${isAnswered ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-slate-800"} ${current === i ? "ring-2 ring-accent-500 ring-offset-1" : ""}`}
            >
              {i + 1}
            </button>
          </li>
        ))}
        <li className="col-span-2">
          <button
            type="button"
            onClick={() => onGo(predictionStep)}
            aria-current={current === predictionStep ? "step" : undefined}
            aria-label={`Câu hỏi dự đoán, ${predictionAnswered ? "đã trả lời" : "chưa trả lời"}`}
            className={`h-11 w-full rounded-lg border text-sm font-semibold ${predictionAnswered ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-slate-800"} ${current === predictionStep ? "ring-2 ring-accent-500 ring-offset-1" : ""}`}
          >
            Dự đoán
          </button>
        </li>
      </ul>
    </nav>
  );
}
