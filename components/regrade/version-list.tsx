// The question versions a round's attempts used: text, options A–D in editor order with the key
// marked, how the submitted attempts answered and the facility (share correct). Staff only.
import { Badge } from "@/components/ui/badge";
import { optionLetter } from "@/lib/questions/format";
import { REGRADE_MODE_LABEL } from "@/lib/regrade/enums";
import type { RoundVersion } from "@/lib/regrade/queries";

const percent = (part: number, whole: number) => (whole > 0 ? `${Math.round((part / whole) * 100)}%` : "–");

function appliedLabel(v: RoundVersion): string | null {
  if (!v.applied) return null;
  return v.applied.mode === "NEW_KEY" ? `Đã chấm lại: đáp án đúng ${optionLetter(v.applied.correctIndex)}` : REGRADE_MODE_LABEL[v.applied.mode];
}

export function VersionList({ versions }: { versions: RoundVersion[] }) {
  return (
    <ol className="space-y-3">
      {versions.map((v) => {
        const effectiveKey = v.applied ? (v.applied.mode === "NEW_KEY" ? v.applied.correctIndex : null) : v.key;
        const applied = appliedLabel(v);
        return (
          <li key={v.id} className="space-y-2 rounded-lg bg-white p-4 shadow-sm">
            <p className="font-medium">{v.text}</p>
            <p className="flex flex-wrap gap-2 text-xs text-slate-600">
              <span>Phiên bản {v.version}</span>
              <span>
                · {v.submitted} lượt đã nộp{v.shown > v.submitted ? `, ${v.shown - v.submitted} đang làm` : ""}
              </span>
              <span>· Tỉ lệ đúng: {v.facility === null ? "–" : `${Math.round(v.facility * 100)}%`}</span>
              {v.unanswered > 0 ? <span>· {v.unanswered} không trả lời</span> : null}
              {applied ? <Badge tone="warn">{applied}</Badge> : null}
            </p>
            <ul className="space-y-1 text-sm">
              {v.options.map((text, i) => (
                <li key={i} className={`flex items-baseline justify-between gap-3 rounded px-2 py-1 ${i === v.key ? "bg-green-50" : ""}`}>
                  <span>
                    <strong>{optionLetter(i)}.</strong> {text} {i === v.key ? <Badge tone="good">Đáp án trong ngân hàng</Badge> : null}{" "}
                    {i === effectiveKey && i !== v.key ? <Badge tone="info">Đáp án đang áp dụng</Badge> : null}
                  </span>
                  <span className="whitespace-nowrap text-xs text-slate-600">
                    {v.chosen[i]} ({percent(v.chosen[i], v.submitted)})
                  </span>
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}
