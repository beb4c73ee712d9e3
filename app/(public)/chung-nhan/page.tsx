import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { VerificationLookup } from "@/components/certificates/verification-lookup";
import { lookupVerificationCode } from "@/lib/certificates/numbering";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Tra cứu giấy chứng nhận" };

// The lookup form's target: a well-formed code opens its check (a GET that only navigates).
export default async function CertificateLookupPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const lookup = lookupVerificationCode((await searchParams).ma);
  if (lookup.kind === "code") redirect(`/chung-nhan/${encodeURIComponent(lookup.code)}`);
  return (
    <div className="mx-auto min-w-0 max-w-xl space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">Xác minh giấy chứng nhận</h1>
      <p className="text-slate-700">Nhập mã xác minh in trên giấy chứng nhận, hoặc quét mã QR trên giấy bằng camera điện thoại.</p>
      <VerificationLookup error={lookup.kind === "invalid" ? lookup.error : undefined} defaultValue={lookup.kind === "invalid" ? lookup.typed : undefined} />
    </div>
  );
}
