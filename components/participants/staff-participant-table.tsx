// The staff list of a contest's participants: CCCD and phone masked (docs/DOMAIN.md "Personal data");
// the full record is one click away, on the participant's page.
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { tdClass } from "@/components/ui/table";
import type { StaffParticipantRow } from "@/lib/participants/staff-queries";
import { formatVnDateTime } from "@/lib/time";

const COLUMNS = ["Họ và tên", "Số CCCD", "Điện thoại", "Huyện/thành phố", "Đơn vị", "Đăng ký lúc"];

export function StaffParticipantTable({ items }: { items: StaffParticipantRow[] }) {
  if (items.length === 0) return <p className="rounded-md border border-slate-200 bg-white p-4 text-sm text-slate-700">Không tìm thấy thí sinh nào.</p>;
  return (
    <DataTable caption="Danh sách thí sinh" columns={COLUMNS}>
      {items.map((p) => (
        <tr key={p.id}>
          <td className={tdClass}>
            <Link href={`/quan-tri/thi-sinh/${p.id}`} className="font-medium text-brand-700 underline">
              {p.fullName}
            </Link>
          </td>
          <td className={`${tdClass} font-mono`}>{p.cccdMasked}</td>
          <td className={`${tdClass} font-mono`}>{p.phoneMasked}</td>
          <td className={tdClass}>{p.districtName ?? "—"}</td>
          <td className={tdClass}>{p.unitName || "—"}</td>
          <td className={`${tdClass} whitespace-nowrap`}>{formatVnDateTime(p.registeredAt)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
