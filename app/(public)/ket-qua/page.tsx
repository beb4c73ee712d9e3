// Published winners per round (DOMAIN.md rule 8): the featured contest, or an earlier one with
// ?cuoc-thi=<slug>. Personal data is masked; unpublished rounds say when results come.
import type { Metadata } from "next";
import Link from "next/link";
import { PublicRoundResults } from "@/components/winners/public-round-results";
import { getPublicResults } from "@/lib/winners/publication";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Kết quả" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ResultsPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const slug = typeof params["cuoc-thi"] === "string" ? params["cuoc-thi"] : null;
  const results = await getPublicResults(slug);
  if (!results) {
    return <p className="text-slate-700">{slug ? "Không tìm thấy cuộc thi này." : "Hiện chưa có cuộc thi nào được công bố."}</p>;
  }
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
          <h2 id="cuoc-thi-khac" className="text-lg font-bold">Kết quả các cuộc thi khác</h2>
          <ul className="mt-2 space-y-1">
            {results.otherContests.map((c) => (
              <li key={c.slug}>
                <Link className="text-brand-700 underline" href={c.isFeatured ? "/ket-qua" : `/ket-qua?cuoc-thi=${encodeURIComponent(c.slug)}`}>
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
