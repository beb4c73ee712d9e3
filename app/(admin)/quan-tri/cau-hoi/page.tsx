import type { Metadata } from "next";
import Link from "next/link";
import { ContestPicker } from "@/components/admin/contest-picker";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/admin/page-header";
import { QuestionFilters } from "@/components/questions/question-filters";
import { QuestionTable } from "@/components/questions/question-table";
import { buttonClass } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { resolveStaffContest } from "@/lib/contests/admin-queries";
import { listContestDocuments, listQuestions } from "@/lib/questions/queries";
import { parseQuestionFilter } from "@/lib/questions/schema";
import { pagePath, requireStaffPage } from "@/lib/staff/page-guard";

export const metadata: Metadata = { title: "Ngân hàng câu hỏi" };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function QuestionBankPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  const access = await requireStaffPage("bank", pagePath("/quan-tri/cau-hoi", params));
  if (!access.ok) return <Forbidden message={access.error} />;
  const { current, all } = await resolveStaffContest(typeof params.cuocThi === "string" ? params.cuocThi : undefined);
  if (!current) return <p>Chưa có cuộc thi nào. Hãy tạo cuộc thi trước.</p>;
  const filter = parseQuestionFilter(params);
  const [page, documents] = await Promise.all([listQuestions(current.id, filter), listContestDocuments(current.id)]);
  const query = { cuocThi: current.id, q: filter.q, taiLieu: filter.document, trangThai: filter.status, doKho: filter.difficulty };
  const exportQuery = new URLSearchParams(Object.entries({ ...query, contestId: current.id }).filter(([k, v]) => v && k !== "cuocThi"));
  return (
    <div className="space-y-4">
      <PageHeader
        title="Ngân hàng câu hỏi"
        description={`${current.name} · ngân hàng không bao giờ được công bố ra ngoài.`}
        actions={
          <>
            <Link href={`/quan-tri/cau-hoi/moi?cuocThi=${current.id}`} className={buttonClass("primary")}>
              + Thêm câu hỏi
            </Link>
            <Link href={`/quan-tri/cau-hoi/nhap?cuocThi=${current.id}`} className={buttonClass("secondary")}>
              Nhập từ tệp
            </Link>
          </>
        }
      />
      {all.length > 1 ? <ContestPicker action="/quan-tri/cau-hoi" contests={all} currentId={current.id} /> : null}
      <QuestionFilters contestId={current.id} filter={filter} documents={documents} />
      <p className="flex flex-wrap gap-3 text-sm">
        <span className="text-slate-600">Xuất các câu đang lọc:</span>
        <a href={`/api/admin/questions/export?${exportQuery}&format=xlsx`} className="text-brand-700 underline">
          Excel (.xlsx)
        </a>
        <a href={`/api/admin/questions/export?${exportQuery}&format=aiken`} className="text-brand-700 underline">
          Aiken (.txt)
        </a>
      </p>
      <QuestionTable items={page.items} />
      <Pagination pathname="/quan-tri/cau-hoi" params={query} pageParam="trang" page={page.page} pageCount={page.pageCount} total={page.total} unit="câu hỏi" />
    </div>
  );
}
