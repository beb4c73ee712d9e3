// The bank list: one row per question with its current version.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { TableBox, tdClass, thClass } from "@/components/ui/table";
import { DIFFICULTY_LABEL, STATUS_LABEL } from "@/lib/questions/format";
import type { QuestionListItem } from "@/lib/questions/queries";
import { formatVnDateTime } from "@/lib/time";

export function QuestionTable({ items }: { items: QuestionListItem[] }) {
  if (items.length === 0) return <p className="rounded-lg bg-white p-4 text-slate-700">Không có câu hỏi nào khớp bộ lọc.</p>;
  return (
    <TableBox caption="Danh sách câu hỏi">
      <thead>
        <tr>
          <th scope="col" className={thClass}>Nội dung</th>
          <th scope="col" className={thClass}>Tài liệu</th>
          <th scope="col" className={thClass}>Độ khó</th>
          <th scope="col" className={thClass}>Trạng thái</th>
          <th scope="col" className={thClass}>Phiên bản</th>
        </tr>
      </thead>
      <tbody>
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
      </tbody>
    </TableBox>
  );
}
