import type { Metadata } from "next";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/admin/page-header";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { tdClass } from "@/components/ui/table";
import { ROLE_LABEL } from "@/lib/auth/roles";
import { listStaffAccounts } from "@/lib/staff/accounts";
import { requireStaffPage } from "@/lib/staff/page-guard";
import { formatVnDateTime } from "@/lib/time";
import { CreateStaffForm } from "@/components/staff/create-staff-form";
import { StaffRowActions } from "@/components/staff/staff-row-actions";

export const metadata: Metadata = { title: "Tài khoản" };

const COLUMNS = ["Tài khoản", "Vai trò", "Trạng thái", "Thao tác"];

export default async function StaffAccountsPage() {
  const access = await requireStaffPage("accounts", "/quan-tri/tai-khoan");
  if (!access.ok) return <Forbidden message={access.error} />;
  const accounts = await listStaffAccounts();
  return (
    <div className="space-y-6">
      <PageHeader title="Tài khoản Ban Tổ chức" description="Tạo tài khoản, phân vai trò, khóa/mở và đặt lại mật khẩu. Mọi thay đổi được ghi vào nhật ký." />
      <DataTable caption="Danh sách tài khoản" columns={COLUMNS}>
        {accounts.map((a) => (
          <tr key={a.id}>
            <th scope="row" className={`${tdClass} font-normal`}>
              <span className="font-medium">{a.username}</span>
              <br />
              <span className="text-slate-600">{a.fullName}</span>
              {a.id === access.staff.id ? <span className="ml-1 text-xs text-slate-500">(bạn)</span> : null}
            </th>
            <td className={tdClass}>{ROLE_LABEL[a.role]}</td>
            <td className={tdClass}>
              {a.isDisabled ? <Badge tone="bad">Đã khóa</Badge> : <Badge tone="good">Hoạt động</Badge>}
              <div className="mt-1 text-xs text-slate-500">Đổi mật khẩu: {formatVnDateTime(a.passwordChangedAt)}</div>
            </td>
            <td className={tdClass}>
              <StaffRowActions account={{ id: a.id, username: a.username, role: a.role, isDisabled: a.isDisabled }} />
            </td>
          </tr>
        ))}
      </DataTable>
      <section aria-labelledby="tao-tai-khoan" className="max-w-xl rounded-lg bg-white p-4 shadow-sm">
        <h2 id="tao-tai-khoan" className="text-lg font-semibold">
          Tạo tài khoản
        </h2>
        <CreateStaffForm />
      </section>
    </div>
  );
}
