import type { Metadata } from "next";
import Link from "next/link";
import { Forbidden } from "@/components/ui/forbidden";
import { ItemAnalysisList } from "@/components/statistics/item-analysis-list";
import { RoundPicker } from "@/components/statistics/round-picker";
import { can } from "@/lib/auth/roles";
import { ITEM_ANALYSIS_FORBIDDEN } from "@/lib/statistics/download";
import { parseItemSort, parsePage } from "@/lib/statistics/item-list";
import { ITEM_ANALYSIS_PATH, STATISTICS_PATH, statisticsHref } from "@/lib/statistics/links";
import { getItemAnalysisPageData } from "@/lib/statistics/page-data";
import { param, type SearchParams } from "@/lib/statistics/params";
import { pagePath, requireStaffPage } from "@/lib/staff/page-guard";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Phân tích câu hỏi" };

export default async function ItemAnalysisPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const access = await requireStaffPage("statistics", pagePath(ITEM_ANALYSIS_PATH, sp));
  if (!access.ok) return <Forbidden message={access.error} />;
  if (!can(access.staff.role, "bank")) return <Forbidden message={ITEM_ANALYSIS_FORBIDDEN} />;
  const sort = parseItemSort(param(sp, "sap-xep"));
  const flaggedOnly = param(sp, "loc") === "canh-bao";
  const data = await getItemAnalysisPageData({
    contest: param(sp, "cuoc-thi"),
    round: param(sp, "dot"),
    sort,
    flaggedOnly,
    page: parsePage(param(sp, "trang")),
  });
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link className="text-brand-700 underline" href={statisticsHref(STATISTICS_PATH, { "cuoc-thi": data.contest?.slug, dot: data.round?.number })}>
          ← Thống kê của đợt
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-800">Phân tích câu hỏi</h1>
      {data.contest ? <RoundPicker path={ITEM_ANALYSIS_PATH} contests={data.contests} contest={data.contest} round={data.round} /> : null}
      {data.context && data.view ? (
        <ItemAnalysisList round={data.context} view={data.view} sort={sort} flaggedOnly={flaggedOnly} />
      ) : (
        <p className="text-slate-700">Chưa có cuộc thi hoặc đợt thi nào.</p>
      )}
    </div>
  );
}
