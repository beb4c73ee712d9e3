import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getContestBySlug } from "@/lib/contests/queries";
import { RulesView } from "@/components/contests/rules-view";
import { ContestNav } from "@/components/contests/contest-nav";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const contest = await getContestBySlug((await params).slug);
  return { title: contest ? `Thể lệ – ${contest.name}` : "Thể lệ" };
}

export default async function ContestRulesPage({ params }: Props) {
  const contest = await getContestBySlug((await params).slug);
  if (!contest) notFound();
  return (
    <div className="min-w-0 space-y-6">
      <ContestNav slug={contest.slug} name={contest.name} organiser={contest.organiser} year={contest.year} current="rules" />
      <RulesView contest={contest} />
    </div>
  );
}
