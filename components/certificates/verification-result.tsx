// The public answer of /chung-nhan/<code>: a valid or revoked certificate, personal data masked.
import { Alert } from "@/components/ui/alert";
import type { PublicCertificateCheck } from "@/lib/certificates/verification";
import { formatVnDate } from "@/lib/time";

export function VerificationResult({ check }: { check: PublicCertificateCheck }) {
  const valid = check.status === "valid";
  return (
    <section aria-labelledby="ket-qua-xac-minh" className="space-y-4">
      <Alert tone={valid ? "success" : "error"} role="status" className="p-4">
        <h2 id="ket-qua-xac-minh" className="text-lg font-bold">
          {valid ? "Giấy chứng nhận hợp lệ" : "Giấy chứng nhận đã bị thu hồi"}
        </h2>
        <p>
          {valid
            ? `Giấy chứng nhận số ${check.number} do ${check.organiser} cấp.`
            : `Giấy chứng nhận số ${check.number} đã bị thu hồi ngày ${formatVnDate(check.revokedAt ?? check.issuedAt)} và không còn giá trị.`}
        </p>
        {!valid && check.revokeReason ? <p className="mt-1">Lý do: {check.revokeReason}</p> : null}
      </Alert>
      <dl className="grid grid-cols-1 gap-x-4 gap-y-2 rounded-lg bg-white p-4 shadow-sm sm:grid-cols-[12rem_1fr]">
        <dt className="font-medium text-slate-600">Người được chứng nhận</dt>
        <dd className="font-semibold text-brand-800">{check.holderName}</dd>
        <dt className="font-medium text-slate-600">Số CCCD</dt>
        <dd>{check.cccdMasked}</dd>
        <dt className="font-medium text-slate-600">Giải thưởng</dt>
        <dd>{check.prizeName}</dd>
        <dt className="font-medium text-slate-600">Đợt thi</dt>
        <dd>
          {check.roundName} năm {check.year}
        </dd>
        <dt className="font-medium text-slate-600">Cuộc thi</dt>
        <dd>{check.contestName}</dd>
        <dt className="font-medium text-slate-600">Số giấy chứng nhận</dt>
        <dd>{check.number}</dd>
        <dt className="font-medium text-slate-600">Ngày cấp</dt>
        <dd>{formatVnDate(check.issuedAt)}</dd>
      </dl>
    </section>
  );
}
