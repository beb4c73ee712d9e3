import type { Metadata } from "next";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/admin/page-header";
import { listContestsForStaff } from "@/lib/contests/admin-queries";
import { requireStaffPage } from "@/lib/staff/page-guard";
import { now, toVnParts } from "@/lib/time";
import { ContestTable } from "@/components/contests/contest-table";
import { CreateContestForm } from "@/components/contests/create-contest-form";

export const metadata: Metadata = { title: "Cuộc thi và đợt thi" };

export default async function ContestsAdminPage() {
  const access = await requireStaffPage("contests", "/quan-tri/cuoc-thi");
  if (!access.ok) return <Forbidden message={access.error} />;
  const contests = await listContestsForStaff();
  return (
    <div className="space-y-6">
      <PageHeader title="Cuộc thi và đợt thi" description="Thiết lập cuộc thi, các đợt thi (quý), thể lệ, nội dung đồng ý xử lý dữ liệu, đơn vị và địa bàn." />
      <ContestTable contests={contests} />
      <section aria-labelledby="tao-cuoc-thi" className="max-w-3xl rounded-lg bg-white p-4 shadow-sm">
        <h2 id="tao-cuoc-thi" className="text-lg font-semibold">
          Tạo cuộc thi mới
        </h2>
        <p className="text-sm text-slate-600">Cuộc thi mới chưa công khai cho đến khi bạn bật “Công khai” trong phần thiết lập.</p>
        <CreateContestForm year={toVnParts(now()).year} />
      </section>
    </div>
  );
}
