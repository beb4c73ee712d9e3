import type { Metadata } from "next";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/admin/page-header";
import { SignOutEverywhereButton } from "@/components/admin/sign-out-everywhere-button";
import { requireStaffPage } from "@/lib/staff/page-guard";
import { PASSWORD_MIN } from "@/lib/staff/schema";
import { ChangePasswordForm } from "@/components/staff/change-password-form";

export const metadata: Metadata = { title: "Đổi mật khẩu" };

export default async function ChangePasswordPage() {
  const access = await requireStaffPage(null, "/quan-tri/mat-khau");
  if (!access.ok) return <Forbidden message={access.error} />;
  return (
    <div className="max-w-md">
      <PageHeader title="Đổi mật khẩu" description={`Tài khoản ${access.staff.username}. Mật khẩu mới cần ít nhất ${PASSWORD_MIN} ký tự.`} />
      <ChangePasswordForm />
      <section aria-labelledby="moi-thiet-bi" className="mt-6 space-y-2 rounded-lg bg-white p-4 shadow-sm">
        <h2 id="moi-thiet-bi" className="font-semibold">
          Phiên đăng nhập
        </h2>
        <p className="text-sm text-slate-700">
          Đổi mật khẩu đã đăng xuất các thiết bị khác. Nếu nghi tài khoản bị lộ, hãy đăng xuất mọi thiết bị, kể cả thiết bị này.
        </p>
        <SignOutEverywhereButton />
      </section>
    </div>
  );
}
