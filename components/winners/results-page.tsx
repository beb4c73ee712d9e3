// The public results of one contest (docs/DOMAIN.md §8), shared by /ket-qua (the featured contest)
// and /cuoc-thi/<slug>/ket-qua (earlier ones). Personal data is masked.
import Link from "next/link";
import { PublicRoundResults } from "@/components/winners/public-round-results";
import type { getPublicResults } from "@/lib/winners/publication";

type Results = NonNullable<Awaited<ReturnType<typeof getPublicResults>>>;

export function ResultsPage({ results }: { results: Results }) {
  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-bold leading-tight text-brand-800">Kết quả</h1>
        <p className="mt-1 text-sm text-slate-600">{results.contest.name}</p>
      </div>
      {results.rounds.length === 0 ? <p className="text-slate-700">Cuộc thi chưa có đợt thi nào.</p> : null}
      {results.rounds.map((round) => (
        <PublicRoundResults key={round.id} round={round} />
      ))}
      {results.otherContests.length ? (
        <nav aria-labelledby="cuoc-thi-khac" className="rounded-xl bg-white p-4 sm:p-6">
          <h2 id="cuoc-thi-khac" className="text-lg font-bold">
            Kết quả các cuộc thi khác
          </h2>
          <ul className="mt-2 space-y-1">
            {results.otherContests.map((c) => (
              <li key={c.slug}>
                <Link className="text-brand-700 underline" href={c.isFeatured ? "/ket-qua" : `/cuoc-thi/${encodeURIComponent(c.slug)}/ket-qua`}>
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </div>
  );
}
