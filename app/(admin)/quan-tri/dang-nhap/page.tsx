import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentStaff } from "@/lib/auth/session";
import { safeStaffRedirect } from "@/lib/staff/rules";
import { StaffSignInForm } from "@/components/staff/staff-sign-in-form";

export const metadata: Metadata = { title: "Đăng nhập quản trị" };

export default async function StaffSignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const next = safeStaffRedirect(typeof params.next === "string" ? params.next : null);
  if (await currentStaff()) redirect(next);
  return (
    <div className="w-full max-w-sm rounded-xl bg-white p-5 shadow-sm sm:p-6">
      <h1 className="text-xl font-bold text-brand-800">Đăng nhập quản trị</h1>
      <p className="mt-1 text-sm text-slate-600">Dành cho Ban Tổ chức, Ban đề thi, Ban Giám khảo và Tổ thư ký.</p>
      <StaffSignInForm next={next} />
      <p className="mt-4 text-xs text-slate-500">
        Nhập sai mật khẩu 5 lần liên tiếp, tài khoản sẽ bị tạm khóa 15 phút. Quên mật khẩu: liên hệ quản trị viên để được đặt lại.
      </p>
    </div>
  );
}
