// The bank list: one row per question with its current version.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { tdClass } from "@/components/ui/table";
import { DIFFICULTY_LABEL, STATUS_LABEL } from "@/lib/questions/format";
import type { QuestionListItem } from "@/lib/questions/queries";
import { formatVnDateTime } from "@/lib/time";

const COLUMNS = ["Nội dung", "Tài liệu", "Độ khó", "Trạng thái", "Phiên bản"];

export function QuestionTable({ items }: { items: QuestionListItem[] }) {
  if (items.length === 0) return <p className="rounded-lg bg-white p-4 text-slate-700">Không có câu hỏi nào khớp bộ lọc.</p>;
  return (
    <DataTable caption="Danh sách câu hỏi" columns={COLUMNS}>
      {items.map((q) => (
        <tr key={q.id}>
          <th scope="row" className={`${tdClass} font-normal`}>
            <Link href={`/quan-tri/cau-hoi/${q.id}`} className="text-brand-700 underline-offset-2 hover:underline">
              {q.text}
            </Link>
            <span className="block text-xs text-slate-500">{q.optionCount} phương án</span>
          </th>
          <td className={tdClass}>{q.documentCode ?? <span className="text-slate-400">—</span>}</td>
          <td className={tdClass}>{DIFFICULTY_LABEL[q.difficulty]}</td>
          <td className={tdClass}>
            <Badge tone={q.status === "ACTIVE" ? "good" : "neutral"}>{STATUS_LABEL[q.status]}</Badge>
          </td>
          <td className={`${tdClass} whitespace-nowrap`}>
            v{q.version}
            <span className="block text-xs text-slate-500">{formatVnDateTime(q.updatedAt)}</span>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
