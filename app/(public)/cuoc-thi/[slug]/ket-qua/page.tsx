// Published winners of an earlier (or any) contest by its slug, masked like /ket-qua, with the
// certificate lookup for its prize winners.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { VerificationLookup } from "@/components/certificates/verification-lookup";
import { ContestNav } from "@/components/contests/contest-nav";
import { ResultsPage } from "@/components/winners/results-page";
import { getPublicResults } from "@/lib/winners/publication";

export const revalidate = 60;
export const metadata: Metadata = { title: "Kết quả" };

export default async function ContestResultsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const results = await getPublicResults(slug);
  if (!results) notFound();
  const { contest } = results;
  return (
    <div className="min-w-0 space-y-6">
      <ContestNav slug={contest.slug} name={contest.name} organiser={contest.organiser} year={contest.year} current="results" />
      <ResultsPage results={results} />
      <VerificationLookup />
    </div>
  );
}
