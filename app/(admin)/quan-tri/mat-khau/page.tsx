import type { Metadata } from "next";
import { Forbidden } from "@/components/admin/forbidden";
import { PageHeader } from "@/components/admin/page-header";
import { requireStaffPage } from "@/lib/staff/page-guard";
import { PASSWORD_MIN } from "@/lib/staff/schema";
import { ChangePasswordForm } from "./change-password-form";

export const metadata: Metadata = { title: "Đổi mật khẩu" };

export default async function ChangePasswordPage() {
  const access = await requireStaffPage(null, "/quan-tri/mat-khau");
  if (!access.ok) return <Forbidden message={access.error} />;
  return (
    <div className="max-w-md">
      <PageHeader title="Đổi mật khẩu" description={`Tài khoản ${access.staff.username}. Mật khẩu mới cần ít nhất ${PASSWORD_MIN} ký tự.`} />
      <ChangePasswordForm />
    </div>
  );
}
