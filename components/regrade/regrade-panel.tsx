// The body of the regrade page for one round: its state (an approved list predates a regrade, a
// stale computation), the question versions its attempts used, the proposal form and the regrades.
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { isRoundLocked, isRoundVisible } from "@/lib/contests/round-status";
import type { RegradePage } from "@/lib/regrade/queries";
import { formatVnDateTime } from "@/lib/time";
import { ProposeForm } from "./propose-form";
import { RegradeList } from "./regrade-list";
import { VersionList } from "./version-list";

export function RegradePanel({ page, isAdmin }: { page: RegradePage; isAdmin: boolean }) {
  const { round, versions, regrades } = page;
  const isApproved = isRoundLocked(round.status);
  const juryLink = `/quan-tri/giam-khao?dot=${encodeURIComponent(round.id)}`;
  const lastApplied = regrades.find((r) => r.status === "APPLIED" && r.decidedAt);
  return (
    <>
      <section aria-labelledby="dot-thi" className="space-y-2 rounded-lg bg-white p-4 shadow-sm">
        <h2 id="dot-thi" className="text-lg font-semibold">
          {round.contestName} – {round.name}
        </h2>
        {!isRoundVisible(round.status) ? <Alert tone="info">Đợt thi chưa được công bố: chưa có lượt thi nào để chấm lại.</Alert> : null}
        {isApproved ? (
          <Alert tone="warning" title="Danh sách đoạt giải đã được phê duyệt">
            {round.approvedAt ? `Phê duyệt lúc ${formatVnDateTime(round.approvedAt)}. ` : ""}
            {lastApplied && round.approvedAt && lastApplied.decidedAt! > round.approvedAt
              ? "Danh sách đã phê duyệt có trước lần chấm lại gần nhất: giải thưởng có thể không còn đúng với điểm mới. "
              : "Nếu áp dụng chấm lại, danh sách đã phê duyệt sẽ có trước lần chấm lại. "}
            {round.certificates > 0 ? `${round.flaggedCertificates}/${round.certificates} giấy chứng nhận đã cấp được đánh dấu để Ban Giám khảo xem lại.` : ""}
          </Alert>
        ) : null}
        {round.latestIsStale ? (
          <Alert tone="warning">
            Kết quả xét giải gần nhất được tính trước khi chấm lại câu hỏi.{" "}
            <Link className="underline" href={juryLink}>
              Tính lại trên trang Giám khảo
            </Link>{" "}
            trước khi phê duyệt.
          </Alert>
        ) : null}
        <p className="text-sm">
          <Link className="text-brand-700 underline" href={juryLink}>
            ← Về trang xét giải của đợt này
          </Link>
        </p>
      </section>

      <section aria-labelledby="de-xuat" className="space-y-3">
        <h2 id="de-xuat" className="text-lg font-semibold">
          Các đề xuất chấm lại
        </h2>
        <RegradeList regrades={regrades} isAdmin={isAdmin} />
      </section>

      {isRoundVisible(round.status) && versions.length > 0 ? (
        <section aria-labelledby="de-xuat-moi" className="rounded-lg bg-white p-4 shadow-sm">
          <h2 id="de-xuat-moi" className="mb-3 text-lg font-semibold">
            Đề xuất chấm lại một câu hỏi
          </h2>
          <ProposeForm roundId={round.id} versions={versions.map((v) => ({ id: v.id, label: v.text, options: v.options, key: v.key, applied: v.applied }))} />
        </section>
      ) : null}

      <section aria-labelledby="cau-hoi" className="space-y-3">
        <h2 id="cau-hoi" className="text-lg font-semibold">
          Câu hỏi đã dùng trong đợt thi ({versions.length})
        </h2>
        {versions.length === 0 ? <Alert tone="info">Chưa có lượt thi nào trong đợt này.</Alert> : <VersionList versions={versions} />}
      </section>
    </>
  );
}
