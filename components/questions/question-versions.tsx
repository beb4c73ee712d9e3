// A question's version history (newest first). Versions are immutable; attempts keep theirs.
import type { QuestionVersionSummary } from "@/lib/questions/queries";
import { formatVnDateTime } from "@/lib/time";
import { QuestionPreview } from "./question-preview";

export function QuestionVersions({ versions }: { versions: QuestionVersionSummary[] }) {
  return (
    <section aria-labelledby="lich-su" className="rounded-lg bg-white p-4 shadow-sm">
      <h2 id="lich-su" className="mb-2 text-lg font-semibold">
        Lịch sử phiên bản
      </h2>
      <ul className="space-y-2">
        {versions.map((v) => (
          <li key={v.version}>
            <details className="rounded-md border border-slate-200 p-2">
              <summary className="cursor-pointer text-sm">
                <span className="font-medium">Phiên bản {v.version}</span> · {formatVnDateTime(v.createdAt)}
                {v.createdBy ? ` · ${v.createdBy}` : ""} · dùng trong {v.usedByAttempts} câu của bài thi
              </summary>
              <div className="mt-2">
                <QuestionPreview text={v.text} options={v.options} correctIndex={v.correctIndex} />
              </div>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
