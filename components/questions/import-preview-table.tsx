"use client";
// The import preview: every row/block of the file with its status and problems (line numbers).
// Long files are shown 200 rows at a time; "only problems" narrows to rows needing attention.
import { useMemo, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { tdClass } from "@/components/ui/table";
import { DIFFICULTY_LABEL, optionLetter } from "@/lib/questions/format";
import type { PreviewItem } from "@/lib/questions/import/types";

const STATUS = { ok: { tone: "good", label: "Hợp lệ" }, error: { tone: "bad", label: "Lỗi" }, skipped: { tone: "warn", label: "Bỏ qua" } } as const;
const STEP = 200;
const COLUMNS = ["Dòng", "Câu hỏi", "Trạng thái", "Vấn đề"];

export function ImportPreviewTable({ items }: { items: PreviewItem[] }) {
  const [onlyProblems, setOnlyProblems] = useState(items.some((i) => i.status !== "ok" || i.warnings.length > 0));
  const [shown, setShown] = useState(STEP);
  const visible = useMemo(() => (onlyProblems ? items.filter((i) => i.status !== "ok" || i.warnings.length > 0) : items), [items, onlyProblems]);
  return (
    <div className="space-y-2">
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" className="size-4" checked={onlyProblems} onChange={(e) => setOnlyProblems(e.target.checked)} />
        Chỉ hiện các dòng có lỗi, bị bỏ qua hoặc có cảnh báo
      </label>
      <DataTable caption="Xem trước các câu hỏi trong tệp" columns={COLUMNS}>
        {visible.slice(0, shown).map((item) => (
          <tr key={`${item.line}-${item.endLine}`}>
            <th scope="row" className={`${tdClass} whitespace-nowrap font-normal`}>
              {item.line === item.endLine ? item.line : `${item.line}–${item.endLine}`}
            </th>
            <td className={tdClass}>
              {item.title ? <span className="block text-xs text-slate-500">{item.title}</span> : null}
              <span className="line-clamp-3 whitespace-pre-line">{item.text || <span className="text-slate-400">(không có nội dung)</span>}</span>
              {item.question ? (
                <span className="block text-xs text-slate-600">
                  {item.question.options.length} phương án · đáp án {optionLetter(item.question.correctIndex)} · {DIFFICULTY_LABEL[item.question.difficulty]}
                  {item.question.documentCode ? ` · ${item.question.documentCode}` : ""}
                </span>
              ) : null}
            </td>
            <td className={tdClass}>
              <Badge tone={STATUS[item.status].tone}>{STATUS[item.status].label}</Badge>
            </td>
            <td className={tdClass}>
              <ul className="space-y-0.5">
                {item.problems.map((p) => (
                  <li key={p} className={item.status === "error" ? "text-red-800" : "text-amber-900"}>
                    {p}
                  </li>
                ))}
                {item.warnings.map((w) => (
                  <li key={w} className="text-amber-900">
                    ⚠ {w}
                  </li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </DataTable>
      {visible.length > shown ? (
        <Button variant="secondary" size="sm" onClick={() => setShown((n) => n + STEP)}>
          Hiện thêm ({visible.length - shown} dòng nữa)
        </Button>
      ) : null}
    </div>
  );
}
