import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/admin/page-header";
import { QuestionEditor } from "@/components/questions/question-editor";
import { QuestionStatusButton } from "@/components/questions/question-status-button";
import { QuestionVersions } from "@/components/questions/question-versions";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { STATUS_LABEL } from "@/lib/questions/format";
import { getQuestionForEdit, listContestDocuments } from "@/lib/questions/queries";
import { requireStaffPage } from "@/lib/staff/page-guard";

export const metadata: Metadata = { title: "Sửa câu hỏi" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditQuestionPage({ params, searchParams }: Props) {
  const { id } = await params;
  const search = await searchParams;
  const access = await requireStaffPage("bank", `/quan-tri/cau-hoi/${id}`);
  if (!access.ok) return <Forbidden message={access.error} />;
  const question = await getQuestionForEdit(id);
  if (!question) notFound();
  const documents = await listContestDocuments(question.contestId);
  return (
    <div className="space-y-6">
      <PageHeader
        title={`Câu hỏi · phiên bản ${question.currentVersion}`}
        description={
          <Link href={`/quan-tri/cau-hoi?cuocThi=${question.contestId}`} className="text-brand-700 underline">
            ← Ngân hàng câu hỏi
          </Link>
        }
        actions={<Badge tone={question.status === "ACTIVE" ? "good" : "neutral"}>{STATUS_LABEL[question.status]}</Badge>}
      />
      {search.daLuu ? (
        <Alert tone="success">
          {search.daLuu === "thong-tin"
            ? "Đã lưu tài liệu nguồn và độ khó (nội dung không đổi nên không tạo phiên bản mới)."
            : `Đã lưu câu hỏi: phiên bản ${question.currentVersion}.`}
        </Alert>
      ) : null}
      {question.status === "ARCHIVED" ? <Alert tone="info">Câu hỏi đã lưu trữ: không được rút vào các lượt thi mới cho đến khi khôi phục.</Alert> : null}
      {/* Remounts after each save so the form starts from the newest version. */}
      <QuestionEditor
        key={`${question.currentVersion}-${question.documentId}-${question.difficulty}`}
        mode={{ kind: "edit", contestId: question.contestId, id: question.id, baseVersion: question.currentVersion }}
        documents={documents}
        initial={{
          text: question.text,
          options: question.options,
          correctIndex: question.correctIndex,
          explanation: question.explanation,
          documentId: question.documentId,
          difficulty: question.difficulty,
        }}
      />
      <section aria-labelledby="trang-thai" className="rounded-lg bg-white p-4 shadow-sm">
        <h2 id="trang-thai" className="mb-2 text-lg font-semibold">
          Lưu trữ
        </h2>
        <p className="mb-3 text-sm text-slate-700">Câu hỏi lưu trữ không bị xóa: các bài thi đã dùng vẫn giữ nguyên nội dung.</p>
        <QuestionStatusButton id={question.id} status={question.status} />
      </section>
      <QuestionVersions versions={question.versions} />
    </div>
  );
}
