// The certificates of a round: number, holder, prize, verification code, state and actions.
import Link from "next/link";
import type { CertificateListItem } from "@/lib/certificates/queries";
import { verificationPath } from "@/lib/certificates/urls";
import { formatVnDate } from "@/lib/time";
import { RevokeForm } from "./revoke-form";

export function CertificateTable({ certificates }: { certificates: CertificateListItem[] }) {
  if (certificates.length === 0) return <p className="text-sm text-slate-600">Chưa cấp giấy chứng nhận nào.</p>;
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Danh sách giấy chứng nhận của vòng thi</caption>
        <thead>
          <tr className="border-b">
            <th scope="col" className="py-2 pr-3">
              Số
            </th>
            <th scope="col" className="py-2 pr-3">
              Họ và tên
            </th>
            <th scope="col" className="py-2 pr-3">
              Giải
            </th>
            <th scope="col" className="py-2 pr-3">
              Mã xác minh
            </th>
            <th scope="col" className="py-2 pr-3">
              Tình trạng
            </th>
            <th scope="col" className="py-2">
              <span className="sr-only">Thao tác</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {certificates.map((c) => (
            <tr key={c.id} className="border-b align-top last:border-0">
              <th scope="row" className="py-2 pr-3 font-medium whitespace-nowrap">
                {c.number}
              </th>
              <td className="py-2 pr-3">{c.holderName}</td>
              <td className="py-2 pr-3">{c.tierName}</td>
              <td className="py-2 pr-3 font-mono text-xs">
                <Link href={verificationPath(c.verificationCode)} className="text-brand-700 underline" target="_blank">
                  {c.verificationCode}
                </Link>
              </td>
              <td className="py-2 pr-3">
                {c.revokedAt ? (
                  <span className="text-red-700" title={c.revokeReason ?? undefined}>
                    Đã thu hồi ngày {formatVnDate(c.revokedAt)}
                  </span>
                ) : (
                  <span>Cấp ngày {formatVnDate(c.issuedAt)}</span>
                )}
              </td>
              <td className="space-y-1 py-2">
                <a href={`/api/admin/certificates/${c.id}/pdf`} className="block text-brand-700 underline">
                  Tải PDF<span className="sr-only"> giấy chứng nhận số {c.number}</span>
                </a>
                {c.revokedAt ? null : <RevokeForm certificateId={c.id} number={c.number} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
