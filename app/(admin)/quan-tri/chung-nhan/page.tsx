import type { Metadata } from "next";
import { ContestRoundList } from "@/components/certificates/contest-round-list";
import { Forbidden } from "@/components/ui/forbidden";
import { listCertificateContests } from "@/lib/certificates/queries";
import { requireStaffPage } from "@/lib/staff/page-guard";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Giấy chứng nhận và xuất kết quả" };

export default async function CertificatesAdminPage() {
  const access = await requireStaffPage("certificates", "/quan-tri/chung-nhan");
  if (!access.ok) return <Forbidden message={access.error} detail="Trang này dành cho Tổ thư ký và Ban Tổ chức." />;
  const contests = await listCertificateContests();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">Giấy chứng nhận và xuất kết quả</h1>
      <p className="text-sm text-slate-600">Chọn một vòng thi đã được phê duyệt để cấp số, tải dữ liệu và in giấy chứng nhận.</p>
      <ContestRoundList contests={contests} />
    </div>
  );
}
