// The audit log's entries, newest first, each with its reason and its before/after values.
import { DataTable } from "@/components/ui/data-table";
import { tdClass } from "@/components/ui/table";
import type { AuditRow } from "@/lib/staff/audit-queries";
import { formatVnDateTime } from "@/lib/time";

const COLUMNS = ["#", "Thời điểm", "Người thực hiện", "Thao tác", "Chi tiết"];

function Json({ label, value }: { label: string; value: unknown }) {
  if (value === null || value === undefined) return null;
  return (
    <div>
      <p className="text-xs font-semibold text-slate-600">{label}</p>
      <pre className="max-h-60 overflow-auto whitespace-pre-wrap break-words rounded bg-slate-50 p-2 text-xs">{JSON.stringify(value, null, 2)}</pre>
    </div>
  );
}

export function AuditTable({ rows }: { rows: AuditRow[] }) {
  return (
    <>
      <DataTable caption="Các bản ghi nhật ký, mới nhất trước" columns={COLUMNS}>
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row" className={`${tdClass} font-normal`}>
              {r.id}
            </th>
            <td className={`${tdClass} whitespace-nowrap`}>{formatVnDateTime(r.at)}</td>
            <td className={tdClass}>
              {r.actorName}
              <span className="block text-xs text-slate-500">{r.actorType}</span>
            </td>
            <td className={tdClass}>
              <span className="font-medium">{r.action}</span>
              <span className="block text-xs text-slate-500">
                {r.entityType}
                {r.entityId ? ` · ${r.entityId}` : ""}
              </span>
            </td>
            <td className={tdClass}>
              {r.reason ? <p className="mb-1 text-sm">Lý do: {r.reason}</p> : null}
              {r.before !== null || r.after !== null ? (
                <details>
                  <summary className="cursor-pointer text-sm text-brand-700">Trước / sau</summary>
                  <div className="mt-1 grid gap-2 md:grid-cols-2">
                    <Json label="Trước" value={r.before} />
                    <Json label="Sau" value={r.after} />
                  </div>
                </details>
              ) : null}
            </td>
          </tr>
        ))}
      </DataTable>
      {rows.length === 0 ? <p className="text-sm text-slate-600">Không có bản ghi nào khớp bộ lọc.</p> : null}
    </>
  );
}
