import type { Metadata } from "next";
import Link from "next/link";
import { Forbidden } from "@/components/admin/forbidden";
import { PageHeader } from "@/components/admin/page-header";
import { Badge } from "@/components/ui/badge";
import { TableBox, tdClass, thClass } from "@/components/ui/table";
import { listContestsForStaff } from "@/lib/contests/admin-queries";
import { requireStaffPage } from "@/lib/staff/page-guard";
import { now, toVnParts } from "@/lib/time";
import { CreateContestForm } from "@/components/contests/create-contest-form";

export const metadata: Metadata = { title: "Cuộc thi và đợt thi" };

export default async function ContestsAdminPage() {
  const access = await requireStaffPage("contests", "/quan-tri/cuoc-thi");
  if (!access.ok) return <Forbidden message={access.error} />;
  const contests = await listContestsForStaff();
  return (
    <div className="space-y-6">
      <PageHeader title="Cuộc thi và đợt thi" description="Thiết lập cuộc thi, các đợt thi (quý), thể lệ, nội dung đồng ý xử lý dữ liệu, đơn vị và địa bàn." />
      <TableBox caption="Các cuộc thi">
        <thead>
          <tr>
            <th scope="col" className={thClass}>Cuộc thi</th>
            <th scope="col" className={thClass}>Năm</th>
            <th scope="col" className={thClass}>Đợt thi</th>
            <th scope="col" className={thClass}>Câu hỏi</th>
            <th scope="col" className={thClass}>Trạng thái</th>
          </tr>
        </thead>
        <tbody>
          {contests.map((c) => (
            <tr key={c.id}>
              <th scope="row" className={`${tdClass} font-normal`}>
                <Link href={`/quan-tri/cuoc-thi/${c.id}`} className="text-brand-700 underline-offset-2 hover:underline">{c.name}</Link>
                <span className="block text-xs text-slate-500">/{c.slug} · {c.organiserShort}</span>
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
        </tbody>
      </TableBox>
      <section aria-labelledby="tao-cuoc-thi" className="max-w-3xl rounded-lg bg-white p-4 shadow-sm">
        <h2 id="tao-cuoc-thi" className="text-lg font-semibold">Tạo cuộc thi mới</h2>
        <p className="text-sm text-slate-600">Cuộc thi mới chưa công khai cho đến khi bạn bật “Công khai” trong phần thiết lập.</p>
        <CreateContestForm year={toVnParts(now()).year} />
      </section>
    </div>
  );
}
