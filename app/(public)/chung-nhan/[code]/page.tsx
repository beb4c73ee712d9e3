import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { VerificationResult } from "@/components/certificates/verification-result";
import { getCertificateVerification } from "@/lib/certificates/verification";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Xác minh giấy chứng nhận", robots: { index: false, follow: false } };

export default async function VerifyCertificatePage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const check = await getCertificateVerification(code);
  if (!check) notFound();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">Xác minh giấy chứng nhận</h1>
      <VerificationResult check={check} />
    </div>
  );
}
