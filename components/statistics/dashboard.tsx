// The staff statistics of one round: summary, then every table (with a chart where a shape says
// more than numbers). Each table can be downloaded; the files hold the same figures.
import Link from "next/link";
import { ITEM_ANALYSIS_PATH, STATISTICS_PATH, statisticsHref } from "@/lib/statistics/links";
import type { DashboardTableKey } from "@/lib/statistics/page-data";
import type { RoundSummary } from "@/lib/statistics/breakdown";
import type { RoundContext } from "@/lib/statistics/round-queries";
import { displayCell, type StatTable } from "@/lib/statistics/table-model";
import { StatBarChart } from "./bar-chart";
import { ChartFigure } from "./chart-figure";
import { DailyLineChart } from "./line-chart";
import { Pager } from "./pager";
import { StatSection } from "./stat-section";
import { StatTableView } from "./stat-table";
import { SummaryCards } from "./summary-cards";

export interface DashboardProps {
  round: RoundContext;
  summary: RoundSummary;
  tables: Record<DashboardTableKey, StatTable>;
  unitPage: { page: number; pageCount: number };
  /** The item analysis is for roles that may see the bank (question texts and keys). */
  showItemAnalysis: boolean;
}

export function StatisticsDashboard({ round, summary, tables, unitPage, showItemAnalysis }: DashboardProps) {
  const points = (key: DashboardTableKey, label: string, value: string) =>
    tables[key].rows.map((r) => ({ label: String(r[label] ?? ""), value: Number(r[value] ?? 0) }));
  const dayColumn = tables["theo-ngay"].columns[0];
  const unitHref = (page: number) => statisticsHref(STATISTICS_PATH, { "cuoc-thi": round.contestSlug, dot: round.number, trang: page });
  // Each section is named by its table: the anchor, the heading and the download links.
  const sectionOf = (key: DashboardTableKey) => ({ id: key, title: tables[key].title, table: key, roundId: round.id });

  return (
    <div className="space-y-6">
      <SummaryCards summary={summary} />

      <StatSection {...sectionOf("theo-ngay")} description="Theo ngày nộp bài, giờ Việt Nam. Người thi lần đầu: nộp bài đầu tiên của đợt trong ngày đó.">
        <ChartFigure
          id="bieu-do-theo-ngay"
          caption="Lượt thi và người thi mỗi ngày"
          table={tables["theo-ngay"]}
          chart={
            <DailyLineChart
              data={tables["theo-ngay"].rows.map((r) => ({
                label: displayCell(r.day ?? null, dayColumn).slice(0, 5),
                attempts: Number(r.attempts),
                participants: Number(r.participants),
              }))}
            />
          }
        />
      </StatSection>

      <StatSection {...sectionOf("theo-huyen")}>
        <StatBarChart data={points("theo-huyen", "name", "participants")} valueLabel="Người tham gia" horizontal />
        <StatTableView table={tables["theo-huyen"]} />
      </StatSection>

      <StatSection
        {...sectionOf("theo-don-vi")}
        description="Tỉ lệ tham gia = số người tham gia / số cán bộ của đơn vị (khi đã khai báo). Tệp tải về có đủ mọi đơn vị."
      >
        <StatTableView
          table={tables["theo-don-vi"]}
          caption={`${tables["theo-don-vi"].title} (${(tables["theo-don-vi"].total ?? 0).toLocaleString("vi-VN")} đơn vị)`}
        />
        <Pager label="Trang của bảng đơn vị" page={unitPage.page} pageCount={unitPage.pageCount} href={unitHref} />
      </StatSection>

      <StatSection {...sectionOf("theo-doi-tuong")}>
        <StatTableView table={tables["theo-doi-tuong"]} />
      </StatSection>

      <StatSection {...sectionOf("so-luot-thi")} description={`Mỗi người được thi tối đa ${round.attemptsAllowed} lượt trong đợt.`}>
        <StatTableView table={tables["so-luot-thi"]} />
      </StatSection>

      <StatSection {...sectionOf("pho-diem")} description={`Số lượt thi theo số câu trả lời đúng (0–${round.questionCount}).`}>
        <ChartFigure
          id="bieu-do-pho-diem"
          caption="Số lượt thi theo số câu đúng"
          table={tables["pho-diem"]}
          chart={<StatBarChart data={points("pho-diem", "score", "attempts")} valueLabel="Lượt thi" />}
        />
      </StatSection>

      <StatSection {...sectionOf("thoi-gian")} description="Số lượt thi theo thời gian làm bài, từng phút.">
        <ChartFigure
          id="bieu-do-thoi-gian"
          caption="Số lượt thi theo thời gian làm bài"
          table={tables["thoi-gian"]}
          chart={<StatBarChart data={tables["thoi-gian"].rows.map((r, i) => ({ label: String(i), value: Number(r.attempts) }))} valueLabel="Lượt thi" />}
        />
      </StatSection>

      {showItemAnalysis ? (
        <p>
          <Link
            className="font-medium text-brand-700 underline"
            href={statisticsHref(ITEM_ANALYSIS_PATH, { "cuoc-thi": round.contestSlug, dot: round.number })}
          >
            Phân tích câu hỏi của {round.name} (độ dễ, độ phân biệt, phương án nhiễu) →
          </Link>
        </p>
      ) : null}
    </div>
  );
}
