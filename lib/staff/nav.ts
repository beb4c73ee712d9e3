// The staff area's navigation: each role sees only what it may use (lib/auth/roles.ts). Pure.
// Pages built by other parts of the product (jury, certificates, statistics) are linked here too.
import { can, type Capability, type StaffRole } from "../auth/roles";

export interface StaffNavItem {
  href: string;
  label: string;
  /** null: every staff member (dashboard, own password). */
  capability: Capability | null;
}

export const STAFF_NAV: StaffNavItem[] = [
  { href: "/quan-tri", label: "Tổng quan", capability: null },
  { href: "/quan-tri/cau-hoi", label: "Ngân hàng câu hỏi", capability: "bank" },
  { href: "/quan-tri/cau-hoi/nhap", label: "Nhập câu hỏi", capability: "bank" },
  { href: "/quan-tri/cuoc-thi", label: "Cuộc thi và đợt thi", capability: "contests" },
  { href: "/quan-tri/thi-sinh", label: "Thí sinh", capability: "participants" },
  { href: "/quan-tri/giam-khao", label: "Giám khảo", capability: "jury" },
  { href: "/quan-tri/chung-nhan", label: "Chứng nhận và kết quả", capability: "certificates" },
  { href: "/quan-tri/thong-ke", label: "Thống kê", capability: "statistics" },
  { href: "/quan-tri/nhat-ky", label: "Nhật ký thao tác", capability: "audit" },
  { href: "/quan-tri/tai-khoan", label: "Tài khoản", capability: "accounts" },
  { href: "/quan-tri/mat-khau", label: "Đổi mật khẩu", capability: null },
];

export function staffNavFor(role: StaffRole): StaffNavItem[] {
  return STAFF_NAV.filter((item) => item.capability === null || can(role, item.capability));
}

/** The nav item a path belongs to: the longest matching prefix ("/quan-tri/cau-hoi/abc" → bank). */
export function activeNavHref(pathname: string, items: StaffNavItem[]): string | null {
  let best: string | null = null;
  for (const item of items) {
    const matches = item.href === "/quan-tri" ? pathname === "/quan-tri" : pathname === item.href || pathname.startsWith(`${item.href}/`);
    if (matches && (!best || item.href.length > best.length)) best = item.href;
  }
  return best;
}
