import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getContestBySlug } from "@/lib/contests/queries";
import { listContestDocuments } from "@/lib/participants/contest-documents";
import { DocumentList } from "@/components/contests/document-list";
import { ContestNav } from "@/components/contests/contest-nav";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const contest = await getContestBySlug((await params).slug);
  return { title: contest ? `Tài liệu – ${contest.name}` : "Tài liệu" };
}

export default async function ContestDocumentsPage({ params }: Props) {
  const contest = await getContestBySlug((await params).slug);
  if (!contest) notFound();
  const documents = await listContestDocuments(contest.id);
  return (
    <div className="min-w-0 space-y-6">
      <ContestNav slug={contest.slug} name={contest.name} organiser={contest.organiser} year={contest.year} current="documents" />
      <h1 className="text-2xl font-bold text-brand-800">Tài liệu tham khảo</h1>
      <DocumentList documents={documents} />
    </div>
  );
}
