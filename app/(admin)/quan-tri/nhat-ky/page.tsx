import type { Metadata } from "next";
import { Forbidden } from "@/components/admin/forbidden";
import { PageHeader } from "@/components/admin/page-header";
import { Alert } from "@/components/ui/alert";
import { Pagination } from "@/components/ui/pagination";
import { TableBox, tdClass, thClass } from "@/components/ui/table";
import { parseAuditFilter } from "@/lib/staff/audit-filters";
import { listAuditEntries } from "@/lib/staff/audit-queries";
import { requireStaffPage } from "@/lib/staff/page-guard";
import { formatVnDateTime } from "@/lib/time";
import { VerifyAuditButton } from "@/components/audit/verify-audit-button";

export const metadata: Metadata = { title: "Nhật ký thao tác" };

const input = "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base";

function Json({ label, value }: { label: string; value: unknown }) {
  if (value === null || value === undefined) return null;
  return (
    <div>
      <p className="text-xs font-semibold text-slate-600">{label}</p>
      <pre className="max-h-60 overflow-auto whitespace-pre-wrap break-words rounded bg-slate-50 p-2 text-xs">{JSON.stringify(value, null, 2)}</pre>
    </div>
  );
}

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const access = await requireStaffPage("audit", "/quan-tri/nhat-ky");
  if (!access.ok) return <Forbidden message={access.error} />;
  const filter = parseAuditFilter(params);
  const page = await listAuditEntries(filter);
  const query = { hanhDong: filter.action, doiTuong: filter.entityType, nguoi: filter.actor, tuNgay: filter.from, denNgay: filter.to };
  return (
    <div className="space-y-4">
      <PageHeader title="Nhật ký thao tác" description="Mọi thay đổi của Ban Tổ chức và mọi lần xuất dữ liệu cá nhân. Nhật ký chỉ được ghi thêm, không sửa hay xóa được." />
      <section aria-labelledby="toan-ven" className="rounded-lg bg-white p-4 shadow-sm">
        <h2 id="toan-ven" className="mb-2 font-semibold">Kiểm tra toàn vẹn</h2>
        <p className="mb-3 text-sm text-slate-700">Mỗi bản ghi chứa mã băm của bản ghi trước; nếu có bản ghi bị sửa, xóa hoặc chèn, việc kiểm tra sẽ chỉ ra bản ghi đầu tiên bị phá vỡ.</p>
        <VerifyAuditButton />
      </section>
      <form method="get" action="/quan-tri/nhat-ky" role="search" aria-label="Lọc nhật ký" className="grid gap-3 rounded-lg bg-white p-3 shadow-sm sm:grid-cols-2 lg:grid-cols-5">
        <div>
          <label htmlFor="a-action" className="mb-1 block text-sm font-medium">Thao tác</label>
          <select id="a-action" name="hanhDong" defaultValue={filter.action} className={input}>
            <option value="">Tất cả</option>
            {page.actions.map((a) => <option key={a} value={a}>{a}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="a-entity" className="mb-1 block text-sm font-medium">Đối tượng</label>
          <select id="a-entity" name="doiTuong" defaultValue={filter.entityType} className={input}>
            <option value="">Tất cả</option>
            {page.entityTypes.map((a) => <option key={a} value={a}>{a}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="a-actor" className="mb-1 block text-sm font-medium">Người thực hiện</label>
          <select id="a-actor" name="nguoi" defaultValue={filter.actor} className={input}>
            <option value="">Tất cả</option>
            {page.actors.map((a) => <option key={a} value={a}>{a}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="a-from" className="mb-1 block text-sm font-medium">Từ ngày</label>
          <input id="a-from" name="tuNgay" defaultValue={filter.from} placeholder="dd/MM/yyyy" inputMode="numeric" className={input} />
        </div>
        <div>
          <label htmlFor="a-to" className="mb-1 block text-sm font-medium">Đến ngày</label>
          <input id="a-to" name="denNgay" defaultValue={filter.to} placeholder="dd/MM/yyyy" inputMode="numeric" className={input} />
        </div>
        <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-5">
          <button type="submit" className="min-h-10 rounded-md bg-brand-700 px-4 py-2 text-white hover:bg-brand-800">Lọc</button>
          <a href="/quan-tri/nhat-ky" className="px-2 py-2 text-sm text-brand-700 underline">Xóa bộ lọc</a>
        </div>
      </form>
      {page.problems.length ? <Alert tone="warning">{page.problems.join(" ")}</Alert> : null}
      <TableBox caption="Các bản ghi nhật ký, mới nhất trước">
        <thead>
          <tr>
            <th scope="col" className={thClass}>#</th>
            <th scope="col" className={thClass}>Thời điểm</th>
            <th scope="col" className={thClass}>Người thực hiện</th>
            <th scope="col" className={thClass}>Thao tác</th>
            <th scope="col" className={thClass}>Chi tiết</th>
          </tr>
        </thead>
        <tbody>
          {page.rows.map((r) => (
            <tr key={r.id}>
              <th scope="row" className={`${tdClass} font-normal`}>{r.id}</th>
              <td className={`${tdClass} whitespace-nowrap`}>{formatVnDateTime(r.at)}</td>
              <td className={tdClass}>{r.actorName}<span className="block text-xs text-slate-500">{r.actorType}</span></td>
              <td className={tdClass}>
                <span className="font-medium">{r.action}</span>
                <span className="block text-xs text-slate-500">{r.entityType}{r.entityId ? ` · ${r.entityId}` : ""}</span>
              </td>
              <td className={tdClass}>
                {r.reason ? <p className="mb-1 text-sm">Lý do: {r.reason}</p> : null}
                {r.before !== null || r.after !== null ? (
                  <details>
                    <summary className="cursor-pointer text-sm text-brand-700">Trước / sau</summary>
                    <div className="mt-1 grid gap-2 md:grid-cols-2">
                      <Json label="Trước" value={r.before} />
                      <Json label="Sau" value={r.after} />
                    </div>
                  </details>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </TableBox>
      {page.rows.length === 0 ? <p className="text-sm text-slate-600">Không có bản ghi nào khớp bộ lọc.</p> : null}
      <Pagination pathname="/quan-tri/nhat-ky" params={query} pageParam="trang" page={page.page} pageCount={page.pageCount} total={page.total} unit="bản ghi" />
    </div>
  );
}
