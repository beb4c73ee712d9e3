// /quan-tri/chung-nhan/<roundId>: the award decision, numbering with progress, downloads, the
// certificate list and the round's result exports.
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import type { RoundCertificatesOverview } from "@/lib/certificates/queries";
import { isCertifiable } from "@/lib/certificates/status";
import { ROUND_STATUS_LABEL } from "@/lib/contests/round-status";
import { CertificateTable } from "./certificate-table";
import { DecisionForm } from "./decision-form";
import { GeneratePanel } from "./generate-panel";

function Download({ href, label, enabled }: { href: string; label: string; enabled: boolean }) {
  if (!enabled)
    return (
      <span className="inline-block rounded border border-slate-200 px-3 py-2 text-slate-400" aria-disabled="true">
        {label}
      </span>
    );
  return (
    <a href={href} className="inline-block rounded border border-brand-600 px-3 py-2 font-medium text-brand-700 hover:bg-brand-50">
      {label}
    </a>
  );
}

export function RoundCertificates({ overview }: { overview: RoundCertificatesOverview }) {
  const { round, contest, certificates } = overview;
  const certifiable = isCertifiable(round.status);
  const valid = certificates.filter((c) => !c.revokedAt).length;
  const hasDecision = !!round.decisionNumber && !!round.decisionDate;
  const base = `/api/admin/certificates/rounds/${round.id}`;
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href="/quan-tri/chung-nhan" className="text-brand-700 underline">
            ← Giấy chứng nhận
          </Link>
        </p>
        <h1 className="text-2xl font-bold text-brand-800">
          {round.name} năm {round.awardYear}
        </h1>
        <p className="text-sm text-slate-600">
          {contest.name} · {ROUND_STATUS_LABEL[round.status]} · {overview.awardCount} giải
        </p>
      </div>

      {certifiable ? (
        <>
          <section aria-labelledby="quyet-dinh" className="rounded-lg bg-white p-4 shadow-sm">
            <h2 id="quyet-dinh" className="mb-2 text-lg font-semibold">
              Quyết định khen thưởng
            </h2>
            <DecisionForm roundId={round.id} decisionNumber={round.decisionNumber} decisionDate={round.decisionDate} />
          </section>

          <section aria-labelledby="cap-so" className="rounded-lg bg-white p-4 shadow-sm">
            <h2 id="cap-so" className="mb-2 text-lg font-semibold">
              Cấp số giấy chứng nhận
            </h2>
            <p className="mb-2 text-sm text-slate-600">
              Số được cấp theo thứ tự giải, nối tiếp số cuối cùng của cuộc thi (mẫu {contest.certificatePattern}, đã dùng đến số {contest.certificateSeq}). Số
              đã cấp không bao giờ bị thay đổi hay dùng lại.
            </p>
            <GeneratePanel
              roundId={round.id}
              issued={certificates.length}
              total={overview.awardCount}
              disabledReason={hasDecision ? null : "Nhập và lưu số, ngày quyết định khen thưởng trước khi cấp số."}
            />
          </section>

          <section aria-labelledby="tai-ve" className="rounded-lg bg-white p-4 shadow-sm">
            <h2 id="tai-ve" className="mb-2 text-lg font-semibold">
              Tải về
            </h2>
            <div className="flex flex-wrap gap-2">
              <Download href={`${base}/mail-merge?format=xlsx`} label="Dữ liệu trộn thư (.xlsx)" enabled={valid > 0} />
              <Download href={`${base}/mail-merge?format=csv`} label="Dữ liệu (.csv)" enabled={valid > 0} />
              <Download href={`${base}/pdf`} label="Giấy chứng nhận (.pdf)" enabled={valid > 0} />
            </div>
          </section>

          <section aria-labelledby="danh-sach" className="rounded-lg bg-white p-4 shadow-sm">
            <h2 id="danh-sach" className="mb-2 text-lg font-semibold">
              Danh sách giấy chứng nhận
            </h2>
            <CertificateTable certificates={certificates} />
          </section>
        </>
      ) : (
        <Alert tone="warning" role="status" className="p-4">
          Vòng thi chưa được Ban Giám khảo phê duyệt danh sách đoạt giải nên chưa thể cấp giấy chứng nhận.
        </Alert>
      )}

      <section aria-labelledby="xuat-ket-qua" className="rounded-lg bg-white p-4 shadow-sm">
        <h2 id="xuat-ket-qua" className="mb-2 text-lg font-semibold">
          Xuất kết quả
        </h2>
        <p className="mb-2 text-sm text-slate-600">Các tệp có dữ liệu cá nhân; mỗi lần tải được ghi vào nhật ký.</p>
        <div className="flex flex-wrap gap-2">
          <Download href={`/api/admin/exports/rounds/${round.id}/ranking`} label="Bảng xếp hạng đầy đủ (.xlsx)" enabled={overview.hasFinalRanking} />
          <Download href={`/api/admin/exports/rounds/${round.id}/participation`} label="Tham gia theo huyện, đơn vị (.xlsx)" enabled />
        </div>
        {overview.hasFinalRanking ? null : (
          <p className="mt-2 text-sm text-slate-600">Bảng xếp hạng có sau khi vòng thi kết thúc và kết quả chính thức được tính.</p>
        )}
      </section>
    </div>
  );
}
