import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/admin/page-header";
import { StaffIdentityForm } from "@/components/participants/staff-identity-form";
import { StaffParticipantDetails } from "@/components/participants/staff-participant-details";
import { StaffPasswordResetForm } from "@/components/participants/staff-password-reset-form";
import { correctParticipantIdentityAction, resetParticipantPasswordAction } from "@/lib/participants/staff-actions";
import { getStaffParticipant } from "@/lib/participants/staff-queries";
import { requireStaffPage } from "@/lib/staff/page-guard";
import { formatIsoDateVn } from "@/lib/time";

export const metadata: Metadata = { title: "Thí sinh" };

export default async function StaffParticipantPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const access = await requireStaffPage("participants", `/quan-tri/thi-sinh/${encodeURIComponent(id)}`);
  if (!access.ok) return <Forbidden message={access.error} />;
  const participant = await getStaffParticipant(id);
  if (!participant) notFound();
  const initial = {
    participantId: participant.id,
    fullName: participant.fullName,
    birthDate: formatIsoDateVn(participant.birthDate),
    gender: participant.gender,
    cccd: participant.cccd,
    phone: participant.phone,
  };
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={`/quan-tri/thi-sinh?cuocThi=${participant.contest.id}`} className="text-brand-700 underline">
          ← Danh sách thí sinh
        </Link>
      </p>
      <PageHeader title={participant.fullName} description={`${participant.contest.name} (${participant.contest.year})`} />
      <StaffParticipantDetails participant={participant} />
      <div className="grid gap-6 lg:grid-cols-2">
        <section className="rounded-lg border border-slate-200 bg-white p-4">
          <StaffIdentityForm initial={initial} action={correctParticipantIdentityAction} />
        </section>
        <section className="rounded-lg border border-slate-200 bg-white p-4">
          <StaffPasswordResetForm participantId={participant.id} action={resetParticipantPasswordAction} />
        </section>
      </div>
    </div>
  );
}
