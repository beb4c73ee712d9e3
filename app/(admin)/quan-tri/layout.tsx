// The frame of the whole staff area. Signed-in staff get the shell with the navigation of their
// role; anyone else sees only the sign-in page (other paths redirect to it). This is convenience:
// every staff page, action and route handler checks its caller itself.
import type { Metadata } from "next";
import { SignedOutGate } from "@/components/admin/signed-out-gate";
import { StaffShell } from "@/components/admin/staff-shell";
import { currentStaff } from "@/lib/auth/session";

export const metadata: Metadata = {
  title: { default: "Quản trị", template: "%s – Quản trị cuộc thi" },
  robots: { index: false, follow: false },
};

export const dynamic = "force-dynamic";

export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const staff = await currentStaff();
  if (!staff) return <SignedOutGate>{children}</SignedOutGate>;
  return <StaffShell staff={staff}>{children}</StaffShell>;
}
