import { signInPathFor } from "@/lib/staff/page-guard";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { RoundCertificates } from "@/components/certificates/round-certificates";
import { StaffDenied } from "@/components/certificates/staff-denied";
import { authorizeStaff } from "@/lib/auth/session";
import { getRoundCertificatesOverview } from "@/lib/certificates/queries";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Giấy chứng nhận của vòng thi" };

export default async function RoundCertificatesPage({ params }: { params: Promise<{ roundId: string }> }) {
  const { roundId } = await params;
  const auth = await authorizeStaff("certificates");
  if (!auth.ok) {
    if (auth.status === 401) redirect(signInPathFor(`/quan-tri/chung-nhan/${roundId}`));
    return <StaffDenied message={auth.error} />;
  }
  const overview = await getRoundCertificatesOverview(roundId);
  if (!overview) notFound();
  return <RoundCertificates overview={overview} />;
}
