// A chart with its numbers as a table for screen readers and anyone who prefers numbers: the chart
// is hidden from assistive technology, the table sits in a <details> right under it.
import type { StatTable } from "@/lib/statistics/table-model";
import { StatTableView } from "./stat-table";

export function ChartFigure({ id, caption, chart, table }: { id: string; caption: string; chart: React.ReactNode; table: StatTable }) {
  return (
    <figure className="space-y-2" aria-labelledby={id}>
      <figcaption id={id} className="text-sm font-medium text-slate-700">
        {caption}
      </figcaption>
      {chart}
      <details className="rounded-lg border border-slate-200 p-2">
        <summary className="cursor-pointer text-sm font-medium text-brand-700">Xem số liệu dạng bảng</summary>
        <div className="mt-2">
          <StatTableView table={table} caption={caption} />
        </div>
      </details>
    </figure>
  );
}
