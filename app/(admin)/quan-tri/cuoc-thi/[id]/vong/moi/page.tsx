import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/admin/page-header";
import { getContestForAdmin } from "@/lib/contests/admin-queries";
import { newRoundForm } from "@/lib/contests/admin-rules";
import { DEFAULT_PRIZE_TIERS } from "@/lib/contests/prize-tiers";
import { requireStaffPage } from "@/lib/staff/page-guard";
import { RoundForm } from "@/components/contests/round-form";

export const metadata: Metadata = { title: "Thêm đợt thi" };

export default async function NewRoundPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const access = await requireStaffPage("contests", `/quan-tri/cuoc-thi/${id}/vong/moi`);
  if (!access.ok) return <Forbidden message={access.error} />;
  const contest = await getContestForAdmin(id);
  if (!contest) notFound();
  const number = Math.max(0, ...contest.rounds.map((r) => r.number)) + 1;
  const last = contest.rounds[contest.rounds.length - 1];
  return (
    <div>
      <PageHeader
        title="Thêm đợt thi"
        description={
          <Link href={`/quan-tri/cuoc-thi/${contest.id}`} className="text-brand-700 underline">
            ← {contest.name}
          </Link>
        }
      />
      <RoundForm
        mode={{ kind: "create", contestId: contest.id }}
        number={number}
        initial={newRoundForm(number, contest.year, last?.prizeTiers ?? DEFAULT_PRIZE_TIERS)}
      />
    </div>
  );
}
