// Links to download a statistics table as CSV or XLSX (route handlers under /api/admin/statistics).
import { statisticsDownloadHref } from "@/lib/statistics/links";
import type { StatTableKey } from "@/lib/statistics/table-model";

export function DownloadLinks({ table, title, roundId, extra }: { table: StatTableKey; title: string; roundId: string; extra?: Record<string, string> }) {
  const link = "rounded-md border border-brand-600 px-2 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50";
  return (
    <p className="flex flex-wrap gap-2">
      {/* The visible words start the accessible name (WCAG 2.5.3); the table's name follows for screen readers. */}
      <a className={link} href={statisticsDownloadHref(table, roundId, "csv", extra)} download>
        Tải CSV<span className="sr-only"> – bảng “{title}”</span>
      </a>
      <a className={link} href={statisticsDownloadHref(table, roundId, "xlsx", extra)} download>
        Tải Excel<span className="sr-only"> – bảng “{title}”</span>
      </a>
    </p>
  );
}
