import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RoundCertificates } from "@/components/certificates/round-certificates";
import { Forbidden } from "@/components/ui/forbidden";
import { getRoundCertificatesOverview } from "@/lib/certificates/queries";
import { requireStaffPage } from "@/lib/staff/page-guard";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Giấy chứng nhận của vòng thi" };

export default async function RoundCertificatesPage({ params }: { params: Promise<{ roundId: string }> }) {
  const { roundId } = await params;
  const access = await requireStaffPage("certificates", `/quan-tri/chung-nhan/${encodeURIComponent(roundId)}`);
  if (!access.ok) return <Forbidden message={access.error} detail="Trang này dành cho Tổ thư ký và Ban Tổ chức." />;
  const overview = await getRoundCertificatesOverview(roundId);
  if (!overview) notFound();
  return <RoundCertificates overview={overview} />;
}
