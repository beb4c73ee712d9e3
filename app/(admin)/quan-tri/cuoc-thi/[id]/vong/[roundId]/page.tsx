import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/admin/page-header";
import { Alert } from "@/components/ui/alert";
import { getRoundForAdmin } from "@/lib/contests/admin-queries";
import { roundFormFromSettings } from "@/lib/contests/admin-rules";
import { requireStaffPage } from "@/lib/staff/page-guard";
import { now } from "@/lib/time";
import { RoundForm } from "@/components/contests/round-form";

export const metadata: Metadata = { title: "Thiết lập đợt thi" };

type Props = { params: Promise<{ id: string; roundId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RoundSettingsPage({ params, searchParams }: Props) {
  const { id, roundId } = await params;
  const search = await searchParams;
  const access = await requireStaffPage("contests", `/quan-tri/cuoc-thi/${id}/vong/${roundId}`);
  if (!access.ok) return <Forbidden message={access.error} />;
  const round = await getRoundForAdmin(roundId);
  if (!round || round.contestId !== id) notFound();
  const started = now() >= round.opensAt;
  return (
    <div className="space-y-4">
      <PageHeader
        title={`${round.number}. ${round.name}`}
        description={
          <>
            <Link href={`/quan-tri/cuoc-thi/${id}`} className="text-brand-700 underline">
              ← Cuộc thi
            </Link>{" "}
            · thiết lập phiên bản {round.settingsVersion}
          </>
        }
      />
      {search.daLuu ? <Alert tone="success">Đã lưu thiết lập đợt thi (phiên bản {round.settingsVersion}).</Alert> : null}
      <RoundForm
        key={round.settingsVersion}
        mode={{ kind: "edit", id: round.id, contestId: id, settingsVersion: round.settingsVersion, started, attemptCount: round.attemptCount }}
        number={round.number}
        initial={roundFormFromSettings(round)}
      />
    </div>
  );
}
