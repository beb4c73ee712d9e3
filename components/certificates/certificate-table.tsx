// The certificates of a round: number, holder, prize, verification code, state and actions.
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { tdClass } from "@/components/ui/table";
import type { CertificateListItem } from "@/lib/certificates/queries";
import { verificationPath } from "@/lib/certificates/urls";
import { formatVnDate } from "@/lib/time";
import { RevokeForm } from "./revoke-form";

const COLUMNS = ["Số", "Họ và tên", "Giải", "Mã xác minh", "Tình trạng", "Thao tác"];

export function CertificateTable({ certificates }: { certificates: CertificateListItem[] }) {
  if (certificates.length === 0) return <p className="text-sm text-slate-600">Chưa cấp giấy chứng nhận nào.</p>;
  return (
    <DataTable caption="Danh sách giấy chứng nhận của vòng thi" columns={COLUMNS}>
      {certificates.map((c) => (
        <tr key={c.id}>
          <th scope="row" className={`${tdClass} whitespace-nowrap font-medium`}>
            {c.number}
          </th>
          <td className={tdClass}>{c.holderName}</td>
          <td className={tdClass}>{c.tierName}</td>
          <td className={`${tdClass} font-mono text-xs`}>
            <Link href={verificationPath(c.verificationCode)} className="text-brand-700 underline" target="_blank">
              {c.verificationCode}
            </Link>
          </td>
          <td className={tdClass}>
            {c.revokedAt ? (
              <span className="text-red-700" title={c.revokeReason ?? undefined}>
                Đã thu hồi ngày {formatVnDate(c.revokedAt)}
              </span>
            ) : (
              <span>Cấp ngày {formatVnDate(c.issuedAt)}</span>
            )}
          </td>
          <td className={`${tdClass} space-y-1`}>
            <a href={`/api/admin/certificates/${c.id}/pdf`} className="block text-brand-700 underline">
              Tải PDF<span className="sr-only"> giấy chứng nhận số {c.number}</span>
            </a>
            {c.revokedAt ? null : <RevokeForm certificateId={c.id} number={c.number} />}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
