// The staff list of contests: name and address, year, how many rounds and questions, visibility.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { tdClass } from "@/components/ui/table";
import type { StaffContestSummary } from "@/lib/contests/admin-queries";

const COLUMNS = ["Cuộc thi", "Năm", "Đợt thi", "Câu hỏi", "Trạng thái"];

export function ContestTable({ contests }: { contests: StaffContestSummary[] }) {
  return (
    <DataTable caption="Các cuộc thi" columns={COLUMNS}>
      {contests.map((c) => (
        <tr key={c.id}>
          <th scope="row" className={`${tdClass} font-normal`}>
            <Link href={`/quan-tri/cuoc-thi/${c.id}`} className="text-brand-700 underline-offset-2 hover:underline">
              {c.name}
            </Link>
            <span className="block text-xs text-slate-500">
              /{c.slug} · {c.organiserShort}
            </span>
          </th>
          <td className={tdClass}>{c.year}</td>
          <td className={tdClass}>{c.roundCount}</td>
          <td className={tdClass}>{c.questionCount}</td>
          <td className={`${tdClass} space-x-1`}>
            {c.isFeatured ? <Badge tone="info">Trang chủ</Badge> : null}
            {c.isPublished ? <Badge tone="good">Công khai</Badge> : <Badge>Chưa công khai</Badge>}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
