// One block of the statistics page: heading, download links, content.
import type { StatTableKey } from "@/lib/statistics/table-model";
import { DownloadLinks } from "./download-links";

export function StatSection({
  id,
  title,
  table,
  roundId,
  description,
  children,
}: {
  id: string;
  title: string;
  table: StatTableKey;
  roundId: string;
  description?: string;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="space-y-3 rounded-xl bg-white p-4 shadow-sm sm:p-6">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 id={id} className="text-lg font-bold text-brand-800">
          {title}
        </h2>
        <DownloadLinks table={table} title={title} roundId={roundId} />
      </div>
      {description ? <p className="text-sm text-slate-600">{description}</p> : null}
      {children}
    </section>
  );
}
