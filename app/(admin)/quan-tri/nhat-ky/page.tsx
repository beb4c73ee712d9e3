import type { Metadata } from "next";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/admin/page-header";
import { Alert } from "@/components/ui/alert";
import { Pagination } from "@/components/ui/pagination";
import { parseAuditFilter } from "@/lib/staff/audit-filters";
import { listAuditEntries } from "@/lib/staff/audit-queries";
import { pagePath, requireStaffPage } from "@/lib/staff/page-guard";
import { AuditFilterForm } from "@/components/audit/audit-filter-form";
import { AuditTable } from "@/components/audit/audit-table";
import { VerifyAuditButton } from "@/components/audit/verify-audit-button";

export const metadata: Metadata = { title: "Nhật ký thao tác" };

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const access = await requireStaffPage("audit", pagePath("/quan-tri/nhat-ky", params));
  if (!access.ok) return <Forbidden message={access.error} />;
  const filter = parseAuditFilter(params);
  const page = await listAuditEntries(filter);
  const query = { hanhDong: filter.action, doiTuong: filter.entityType, nguoi: filter.actor, tuNgay: filter.from, denNgay: filter.to };
  return (
    <div className="space-y-4">
      <PageHeader
        title="Nhật ký thao tác"
        description="Mọi thay đổi của Ban Tổ chức và mọi lần xuất dữ liệu cá nhân. Nhật ký chỉ được ghi thêm, không sửa hay xóa được."
      />
      <section aria-labelledby="toan-ven" className="rounded-lg bg-white p-4 shadow-sm">
        <h2 id="toan-ven" className="mb-2 font-semibold">
          Kiểm tra toàn vẹn
        </h2>
        <p className="mb-3 text-sm text-slate-700">
          Mỗi bản ghi chứa mã băm của bản ghi trước; nếu có bản ghi bị sửa, xóa hoặc chèn, việc kiểm tra sẽ chỉ ra bản ghi đầu tiên bị phá vỡ.
        </p>
        <VerifyAuditButton />
      </section>
      <AuditFilterForm filter={filter} page={page} />
      {page.problems.length ? <Alert tone="warning">{page.problems.join(" ")}</Alert> : null}
      <AuditTable rows={page.rows} />
      <Pagination pathname="/quan-tri/nhat-ky" params={query} pageParam="trang" page={page.page} pageCount={page.pageCount} total={page.total} unit="bản ghi" />
    </div>
  );
}
