import type { Metadata } from "next";
import Link from "next/link";
import { ContestPicker } from "@/components/admin/contest-picker";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/admin/page-header";
import { ImportWizard } from "@/components/questions/import-wizard";
import { resolveStaffContest } from "@/lib/contests/admin-queries";
import { pagePath, requireStaffPage } from "@/lib/staff/page-guard";

export const metadata: Metadata = { title: "Nhập câu hỏi" };

export default async function ImportQuestionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const access = await requireStaffPage("bank", pagePath("/quan-tri/cau-hoi/nhap", params));
  if (!access.ok) return <Forbidden message={access.error} />;
  const { current, all } = await resolveStaffContest(typeof params.cuocThi === "string" ? params.cuocThi : undefined);
  if (!current) return <p>Chưa có cuộc thi nào. Hãy tạo cuộc thi trước.</p>;
  return (
    <div className="space-y-4">
      <PageHeader
        title="Nhập câu hỏi từ tệp"
        description={`Vào ngân hàng của: ${current.name}`}
        actions={
          <Link href={`/quan-tri/cau-hoi?cuocThi=${current.id}`} className="text-sm text-brand-700 underline">
            ← Ngân hàng câu hỏi
          </Link>
        }
      />
      {all.length > 1 ? <ContestPicker action="/quan-tri/cau-hoi/nhap" contests={all} currentId={current.id} /> : null}
      <details className="rounded-lg bg-white p-4 text-sm shadow-sm">
        <summary className="cursor-pointer font-medium">Các định dạng được hỗ trợ</summary>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-700">
          <li>
            <strong>Excel (.xlsx)</strong> hoặc <strong>CSV (UTF-8)</strong>: mỗi dòng một câu, các cột Nội dung, Phương án A–F, Đáp án, Tài liệu nguồn, Độ khó,
            Giải thích, Ghi chú.{" "}
            <a href={`/api/admin/questions/template?contestId=${current.id}`} className="text-brand-700 underline">
              Tải tệp mẫu Excel
            </a>
          </li>
          <li>
            <strong>Aiken</strong>: câu hỏi, các phương án “A) …” hoặc “A. …”, dòng “ANSWER: B”; các câu cách nhau một dòng trống.
          </li>
          <li>
            <strong>GIFT</strong>: chỉ câu trắc nghiệm một đáp án “::Tiêu đề:: Nội dung {"{"}=đúng ~sai ~sai{"}"}”; các loại câu khác được báo là bỏ qua.
          </li>
        </ul>
      </details>
      <ImportWizard contestId={current.id} />
    </div>
  );
}
