// The staff list of a contest's participants: CCCD and phone masked (docs/DOMAIN.md "Personal data");
// the full record is one click away, on the participant's page.
import Link from "next/link";
import { TableBox, tdClass, thClass } from "@/components/ui/table";
import type { StaffParticipantRow } from "@/lib/participants/staff-queries";
import { formatVnDateTime } from "@/lib/time";

export function StaffParticipantTable({ items }: { items: StaffParticipantRow[] }) {
  if (items.length === 0) return <p className="rounded-md border border-slate-200 bg-white p-4 text-sm text-slate-700">Không tìm thấy thí sinh nào.</p>;
  return (
    <TableBox caption="Danh sách thí sinh">
      <thead>
        <tr>
          <th scope="col" className={thClass}>
            Họ và tên
          </th>
          <th scope="col" className={thClass}>
            Số CCCD
          </th>
          <th scope="col" className={thClass}>
            Điện thoại
          </th>
          <th scope="col" className={thClass}>
            Huyện/thành phố
          </th>
          <th scope="col" className={thClass}>
            Đơn vị
          </th>
          <th scope="col" className={thClass}>
            Đăng ký lúc
          </th>
        </tr>
      </thead>
      <tbody>
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
      </tbody>
    </TableBox>
  );
}
