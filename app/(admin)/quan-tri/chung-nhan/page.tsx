import { signInPathFor } from "@/lib/staff/page-guard";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ContestRoundList } from "@/components/certificates/contest-round-list";
import { StaffDenied } from "@/components/certificates/staff-denied";
import { authorizeStaff } from "@/lib/auth/session";
import { listCertificateContests } from "@/lib/certificates/queries";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Giấy chứng nhận và xuất kết quả" };

export default async function CertificatesAdminPage() {
  const auth = await authorizeStaff("certificates");
  if (!auth.ok) {
    if (auth.status === 401) redirect(signInPathFor("/quan-tri/chung-nhan"));
    return <StaffDenied message={auth.error} />;
  }
  const contests = await listCertificateContests();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">Giấy chứng nhận và xuất kết quả</h1>
      <p className="text-sm text-slate-600">Chọn một vòng thi đã được phê duyệt để cấp số, tải dữ liệu và in giấy chứng nhận.</p>
      <ContestRoundList contests={contests} />
    </div>
  );
}
