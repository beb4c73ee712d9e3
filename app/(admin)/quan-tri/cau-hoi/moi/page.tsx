import type { Metadata } from "next";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/admin/page-header";
import { QuestionEditor } from "@/components/questions/question-editor";
import { resolveStaffContest } from "@/lib/contests/admin-queries";
import { listContestDocuments } from "@/lib/questions/queries";
import { pagePath, requireStaffPage } from "@/lib/staff/page-guard";

export const metadata: Metadata = { title: "Thêm câu hỏi" };

export default async function NewQuestionPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const access = await requireStaffPage("bank", pagePath("/quan-tri/cau-hoi/moi", params));
  if (!access.ok) return <Forbidden message={access.error} />;
  const { current } = await resolveStaffContest(typeof params.cuocThi === "string" ? params.cuocThi : undefined);
  if (!current) return <p>Chưa có cuộc thi nào. Hãy tạo cuộc thi trước.</p>;
  const documents = await listContestDocuments(current.id);
  return (
    <div>
      <PageHeader title="Thêm câu hỏi" description={current.name} />
      <QuestionEditor mode={{ kind: "create", contestId: current.id }} documents={documents} />
    </div>
  );
}
