// A statistics table as people and screen readers read it: caption, column headers, row headers.
// Cells are formatted by `displayCell`, the rounding the downloads use.
import { displayCell, type StatTable } from "@/lib/statistics/table-model";

export function StatTableView({ table, caption }: { table: StatTable; caption?: string }) {
  const [first, ...rest] = table.columns;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm" data-stat-table={table.key}>
        <caption className="mb-2 text-left text-sm font-medium text-slate-700">{caption ?? table.title}</caption>
        <thead>
          <tr className="border-b border-slate-300 bg-slate-100">
            {table.columns.map((c) => (
              <th
                key={c.key}
                scope="col"
                className={`px-2 py-2 align-bottom font-semibold ${c.kind === "text" || c.kind === "date" ? "text-left" : "text-right"}`}
              >
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.length === 0 ? (
            <tr>
              <td colSpan={table.columns.length} className="px-2 py-3 text-slate-600">
                Chưa có số liệu.
              </td>
            </tr>
          ) : (
            table.rows.map((row, i) => (
              <tr key={i} className="border-b border-slate-100 even:bg-slate-50">
                <th
                  scope="row"
                  className={`px-2 py-1.5 font-normal ${first.kind === "text" || first.kind === "date" ? "text-left" : "text-right tabular-nums"}`}
                >
                  {displayCell(row[first.key] ?? null, first)}
                </th>
                {rest.map((c) => (
                  <td key={c.key} className={`px-2 py-1.5 ${c.kind === "text" || c.kind === "date" ? "text-left" : "text-right tabular-nums"}`}>
                    {displayCell(row[c.key] ?? null, c)}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
