// The audit log's filters: a plain GET form (works without JavaScript, a filtered view can be shared).
import { buttonClass } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import type { AuditFilter } from "@/lib/staff/audit-filters";
import type { AuditPage } from "@/lib/staff/audit-queries";

const PATH = "/quan-tri/nhat-ky";

const all = (values: string[]) => values.map((v) => ({ value: v, label: v }));

export function AuditFilterForm({ filter, page }: { filter: AuditFilter; page: Pick<AuditPage, "actions" | "entityTypes" | "actors"> }) {
  const selects = [
    { id: "a-action", name: "hanhDong", label: "Thao tác", value: filter.action, options: page.actions },
    { id: "a-entity", name: "doiTuong", label: "Đối tượng", value: filter.entityType, options: page.entityTypes },
    { id: "a-actor", name: "nguoi", label: "Người thực hiện", value: filter.actor, options: page.actors },
  ];
  const dates = [
    { id: "a-from", name: "tuNgay", label: "Từ ngày", value: filter.from },
    { id: "a-to", name: "denNgay", label: "Đến ngày", value: filter.to },
  ];
  return (
    <form
      method="get"
      action={PATH}
      role="search"
      aria-label="Lọc nhật ký"
      className="grid gap-3 rounded-lg bg-white p-3 shadow-sm sm:grid-cols-2 lg:grid-cols-5"
    >
      {selects.map((s) => (
        <SelectField key={s.id} id={s.id} name={s.name} label={s.label} defaultValue={s.value} placeholder="Tất cả" options={all(s.options)} />
      ))}
      {dates.map((d) => (
        <TextField key={d.id} id={d.id} name={d.name} label={d.label} defaultValue={d.value} placeholder="dd/MM/yyyy" inputMode="numeric" />
      ))}
      <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-5">
        <button type="submit" className={buttonClass("primary")}>
          Lọc
        </button>
        <a href={PATH} className="px-2 py-2 text-sm text-brand-700 underline">
          Xóa bộ lọc
        </a>
      </div>
    </form>
  );
}
