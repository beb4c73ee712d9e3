// A question as participants see it in an attempt: the text and the options labelled A, B, C…
// (in an attempt the option order is shuffled per person; the letters follow the shown order).
import { optionLetter } from "@/lib/questions/format";

export function QuestionPreview({
  text,
  options,
  correctIndex,
  showAnswer = true,
}: {
  text: string;
  options: string[];
  correctIndex?: number | null;
  showAnswer?: boolean;
}) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4">
      <p className="whitespace-pre-line text-base font-medium text-slate-900">{text.trim() || <span className="text-slate-400">(Nội dung câu hỏi)</span>}</p>
      <ul className="mt-3 space-y-2">
        {options.map((o, i) => {
          const correct = showAnswer && correctIndex === i;
          return (
            <li key={i} className={`flex gap-2 rounded-md border px-3 py-2 text-sm ${correct ? "border-green-600 bg-green-50" : "border-slate-200"}`}>
              <span className="font-semibold">{optionLetter(i)}.</span>
              <span className="min-w-0 break-words">{o.trim() || <span className="text-slate-400">(Phương án trống)</span>}</span>
              {correct ? <span className="ml-auto shrink-0 text-xs font-medium text-green-800">Đáp án đúng</span> : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
