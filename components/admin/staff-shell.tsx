// The frame of every staff page: who is signed in, the navigation for their role, sign-out.
import Link from "next/link";
import type { ReactNode } from "react";
import { SignOutButton } from "@/components/ui/sign-out-button";
import { ROLE_LABEL, type StaffRole } from "@/lib/auth/roles";
import { staffNavFor } from "@/lib/staff/nav";
import { StaffNav } from "./staff-nav";

export function StaffShell({ staff, children }: { staff: { fullName: string; username: string; role: StaffRole }; children: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col">
      <a href="#noi-dung" className="sr-only focus:not-sr-only focus:absolute focus:z-50 focus:bg-white focus:p-2">
        Bỏ qua điều hướng
      </a>
      <header className="bg-brand-800 text-white">
        <div className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
          <div className="min-w-0">
            <Link href="/quan-tri" className="font-semibold hover:underline">
              Quản trị cuộc thi
            </Link>
            <p className="truncate text-xs text-brand-100">
              {staff.fullName} ({staff.username}) · {ROLE_LABEL[staff.role]}
            </p>
          </div>
          <div className="flex items-center gap-2">
            <Link href="/" className="text-sm underline-offset-2 hover:underline">
              Trang công khai
            </Link>
            <SignOutButton callbackUrl="/quan-tri/dang-nhap" look="onDark" />
          </div>
        </div>
      </header>
      <div className="flex flex-1 flex-col lg:flex-row">
        <StaffNav items={staffNavFor(staff.role)} />
        <main id="noi-dung" className="min-w-0 flex-1 px-4 py-6 lg:px-8">
          {children}
        </main>
      </div>
    </div>
  );
}
