// The public participation figures: per round and per district, counts only (no personal data).
import { formatVnDate, formatVnDateTime } from "@/lib/time";
import type { PublicStatistics } from "@/lib/statistics/public-queries";
import { publicDistrictTable, publicRoundTable } from "@/lib/statistics/public-tables";
import { StatTableView } from "./stat-table";

export function PublicStatisticsView({ contestName, stats }: { contestName: string; stats: PublicStatistics }) {
  const active = stats.rounds.filter((r) => r.counts.attempts > 0);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-brand-800">Thống kê tham gia</h1>
        <p className="mt-1 text-sm text-slate-600">{contestName}</p>
        <p className="mt-1 text-xs text-slate-500">
          Số liệu tính trên các bài thi đã nộp, cập nhật lúc {formatVnDateTime(new Date(stats.updatedAt))} (giờ Việt Nam), làm mới mỗi phút.
        </p>
      </div>
      {stats.rounds.length === 0 ? (
        <p className="text-slate-700">Cuộc thi chưa có đợt thi nào được công bố.</p>
      ) : (
        <>
          <section aria-labelledby="theo-dot" className="space-y-2 rounded-xl bg-white p-4 shadow-sm sm:p-6">
            <h2 id="theo-dot" className="text-lg font-bold">
              Theo đợt thi
            </h2>
            <StatTableView table={publicRoundTable(stats)} caption="Số người tham gia và lượt thi theo đợt" />
            <ul className="text-xs text-slate-500">
              {stats.rounds.map((r) => (
                <li key={r.id}>
                  {r.name}: {formatVnDate(new Date(r.opensAt))} – {formatVnDate(new Date(r.closesAt))}
                </li>
              ))}
              <li>Một người thi ở nhiều đợt được tính một lần trong dòng “Cả cuộc thi”.</li>
            </ul>
          </section>
          <section aria-labelledby="theo-huyen" className="space-y-3 rounded-xl bg-white p-4 shadow-sm sm:p-6">
            <h2 id="theo-huyen" className="text-lg font-bold">
              Theo huyện/thành phố
            </h2>
            <StatTableView table={publicDistrictTable(stats)} />
            {active.map((r, i) => (
              <details key={r.id} open={i === active.length - 1} className="rounded-lg border border-slate-200 p-2">
                <summary className="cursor-pointer text-sm font-medium text-brand-700">{r.name}</summary>
                <div className="mt-2">
                  <StatTableView table={publicDistrictTable(stats, r.id)} />
                </div>
              </details>
            ))}
          </section>
        </>
      )}
    </div>
  );
}
