import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getContestBySlug } from "@/lib/contests/queries";
import { ROUND_PHASE_LABEL, roundPhase } from "@/lib/contests/round-phase";
import { formatVnDate, now } from "@/lib/time";
import { ContestNav } from "@/components/contests/contest-nav";

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
      <section aria-labelledby="cac-dot" className="min-w-0 rounded-xl bg-white p-4 sm:p-6">
        <h2 id="cac-dot" className="text-lg font-bold text-brand-800">
          Các đợt thi
        </h2>
        {contest.rounds.length === 0 ? <p className="mt-2 text-slate-700">Chưa có đợt thi nào được công bố.</p> : null}
        <ul className="mt-2 divide-y divide-slate-100">
          {contest.rounds.map((r) => (
            <li key={r.id} className="flex flex-wrap justify-between gap-x-3 gap-y-1 py-2 text-sm">
              <span className="font-medium">{r.name}</span>
              <span>
                {formatVnDate(r.opensAt)} – {formatVnDate(r.closesAt)}{" "}
                <span className="text-slate-500">({ROUND_PHASE_LABEL[roundPhase(r, at)].toLowerCase()})</span>
              </span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
