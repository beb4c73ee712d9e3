// Published winners of an earlier (or any) contest by its slug; masked like /ket-qua.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ResultsPage } from "@/components/winners/results-page";
import { getPublicResults } from "@/lib/winners/publication";

export const revalidate = 60;
export const metadata: Metadata = { title: "Kết quả" };

export default async function ContestResultsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const results = await getPublicResults(slug);
  if (!results) notFound();
  return <ResultsPage results={results} />;
}
