import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getContestBySlug } from "@/lib/contests/queries";
import { now } from "@/lib/time";
import { ContestNav } from "@/components/contests/contest-nav";
import { RoundList } from "@/components/contests/round-list";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const contest = await getContestBySlug((await params).slug);
  return { title: contest?.name ?? "Cuộc thi" };
}

export default async function ContestHomePage({ params }: Props) {
  const contest = await getContestBySlug((await params).slug);
  if (!contest) notFound();
  const at = now();
  return (
    <div className="min-w-0 space-y-6">
      <ContestNav slug={contest.slug} name={contest.name} organiser={contest.organiser} year={contest.year} current="home" />
      <section aria-labelledby="gioi-thieu" className="min-w-0 rounded-xl bg-white p-4 sm:p-6">
        <h1 id="gioi-thieu" className="text-xl font-bold text-brand-800">
          Giới thiệu cuộc thi
        </h1>
        {contest.intro ? <p className="mt-2 break-words text-slate-800">{contest.intro}</p> : null}
        {contest.planReference ? <p className="mt-2 break-words text-sm text-slate-600">Căn cứ: {contest.planReference}.</p> : null}
      </section>
      <RoundList rounds={contest.rounds} now={at} />
    </div>
  );
}
