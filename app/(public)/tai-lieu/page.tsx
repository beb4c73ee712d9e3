import type { Metadata } from "next";
import { getFeaturedContest } from "@/lib/contests/queries";
import { listContestDocuments } from "@/lib/participants/contest-documents";
import { DocumentList } from "@/components/contests/document-list";
import { NoPublishedContest } from "@/components/contests/no-published-contest";

// Prerendered and refreshed at most a minute later (or at once by revalidatePath on publish and
// settings changes): the deadline rush hits these pages hardest (docs/PERFORMANCE.md).
export const revalidate = 60;
export const metadata: Metadata = { title: "Tài liệu tham khảo" };

export default async function DocumentsPage() {
  const contest = await getFeaturedContest();
  if (!contest) return <NoPublishedContest />;
  const documents = await listContestDocuments(contest.id);
  return (
    <div className="min-w-0 space-y-4">
      <h1 className="text-2xl font-bold leading-tight text-brand-800 sm:text-3xl">Tài liệu tham khảo</h1>
      <p className="break-words text-slate-700">Câu hỏi của {contest.name} được biên soạn từ các văn bản sau.</p>
      <DocumentList documents={documents} />
    </div>
  );
}
