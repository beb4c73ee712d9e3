import type { Metadata } from "next";
import { Forbidden } from "@/components/ui/forbidden";
import { StatisticsDashboard } from "@/components/statistics/dashboard";
import { RoundPicker } from "@/components/statistics/round-picker";
import { can } from "@/lib/auth/roles";
import { parsePage } from "@/lib/statistics/item-list";
import { STATISTICS_PATH } from "@/lib/statistics/links";
import { getStatisticsPageData } from "@/lib/statistics/page-data";
import { param, type SearchParams } from "@/lib/statistics/params";
import { pagePath, requireStaffPage } from "@/lib/staff/page-guard";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Thống kê" };

export default async function StatisticsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const access = await requireStaffPage("statistics", pagePath(STATISTICS_PATH, sp));
  if (!access.ok) return <Forbidden message={access.error} />;
  const data = await getStatisticsPageData({ contest: param(sp, "cuoc-thi"), round: param(sp, "dot"), unitPage: parsePage(param(sp, "trang")) });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-brand-800">Thống kê</h1>
      {data.contest ? <RoundPicker path={STATISTICS_PATH} contests={data.contests} contest={data.contest} round={data.round} /> : null}
      {data.context && data.summary && data.tables ? (
        <>
          <p className="text-sm text-slate-600">
            {data.context.contestName} — <strong>{data.context.name}</strong>. Số liệu tính trên các bài đã nộp, cập nhật mỗi phút.
          </p>
          <StatisticsDashboard
            round={data.context}
            summary={data.summary}
            tables={data.tables}
            unitPage={data.unitPage}
            showItemAnalysis={can(access.staff.role, "bank")}
          />
        </>
      ) : (
        <p className="text-slate-700">Chưa có cuộc thi hoặc đợt thi nào.</p>
      )}
    </div>
  );
}
