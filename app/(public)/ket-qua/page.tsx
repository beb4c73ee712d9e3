// Published winners per round of the featured contest (docs/DOMAIN.md §8); earlier contests are at
// /cuoc-thi/<slug>/ket-qua (the old ?cuoc-thi=<slug> links redirect there, next.config.js).
import type { Metadata } from "next";
import { NoPublishedContest } from "@/components/contests/no-published-contest";
import { ResultsPage } from "@/components/winners/results-page";
import { getPublicResults } from "@/lib/winners/publication";

// Prerendered; publishing revalidates it at once (lib/winners), and it refreshes within a minute.
export const revalidate = 60;
export const metadata: Metadata = { title: "Kết quả" };

export default async function FeaturedResultsPage() {
  const results = await getPublicResults(null);
  if (!results) return <NoPublishedContest />;
  return <ResultsPage results={results} />;
}
