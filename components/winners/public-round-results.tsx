// One round on /ket-qua: the published winners by tier (personal data masked), the true value of
// the prediction question, the number of participants and how to check the list (the approved
// computation's hash, the published document and its SHA-256); before publication, when results come.
import { formatVnDateTime } from "@/lib/time";
import type { PublicRoundResult } from "@/lib/winners/publication";

export function PublicRoundResults({ round }: { round: PublicRoundResult }) {
  const headingId = `ket-qua-${round.id}`;
  return (
    <section aria-labelledby={headingId} className="rounded-xl bg-white p-4 shadow-sm sm:p-6">
      <h2 id={headingId} className="text-lg font-bold text-brand-800 sm:text-xl">
        {round.name}
      </h2>
      {!round.published ? (
        <p className="mt-2 text-slate-700">
          Kết quả chưa được công bố. Ban Tổ chức công bố danh sách đoạt giải sau khi đợt thi kết thúc (
          <time dateTime={round.closesAt.toISOString()}>{formatVnDateTime(round.closesAt)}</time>) và Ban Giám khảo phê duyệt, trong tháng {round.awardMonth}.
        </p>
      ) : (
        <>
          <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm text-slate-800 sm:grid-cols-2">
            <div>
              <dt className="inline font-medium">Số người tham gia: </dt>
              <dd className="inline">{round.participantCount?.toLocaleString("vi-VN") ?? "—"}</dd>
            </div>
            <div>
              <dt className="inline font-medium">Đáp án câu hỏi dự đoán: </dt>
              <dd className="inline">{round.trueValue?.toLocaleString("vi-VN") ?? "—"}</dd>
            </div>
            {round.publishedAt ? (
              <div>
                <dt className="inline font-medium">Công bố lúc: </dt>
                <dd className="inline">{formatVnDateTime(round.publishedAt)}</dd>
              </div>
            ) : null}
          </dl>
          <ResultFingerprint round={round} />
          {round.tiers.length === 0 ? <p className="mt-3 text-slate-700">Đợt thi này không có người đoạt giải.</p> : null}
          {round.tiers.map((tier) => (
            <div key={tier.code} className="mt-4">
              <h3 className="font-semibold text-slate-900">
                {tier.name} ({tier.winners.length})
              </h3>
              <ol className="mt-1 divide-y divide-slate-100">
                {tier.winners.map((w) => (
                  <li key={w.rank} className="py-2 text-sm">
                    <p className="font-medium text-slate-900">{w.fullName}</p>
                    <p className="break-words text-slate-600">
                      {[w.unitName, w.district].filter(Boolean).join(" · ")}
                      {w.unitName || w.district ? " · " : ""}
                      CCCD {w.cccd} · ĐT {w.phone}
                    </p>
                  </li>
                ))}
              </ol>
            </div>
          ))}
        </>
      )}
    </section>
  );
}

/** A long hex value: its start shown, the whole of it one tap away and selectable to copy. */
function Fingerprint({ label, value }: { label: string; value: string }) {
  return (
    <details className="mt-1">
      <summary className="cursor-pointer">
        <span className="font-medium">{label}: </span>
        <code className="text-xs">{value.slice(0, 12)}…</code>
      </summary>
      <code className="mt-1 block select-all break-all rounded bg-slate-50 p-2 text-xs" aria-label={`${label} (đầy đủ)`}>
        {value}
      </code>
    </details>
  );
}

function ResultFingerprint({ round }: { round: PublicRoundResult }) {
  if (!round.inputHash && !round.document) return null;
  return (
    <div className="mt-3 rounded-lg border border-slate-200 p-3 text-sm text-slate-700">
      {round.inputHash ? (
        <>
          <Fingerprint label="Mã kết quả" value={round.inputHash} />
          <p className="mt-1">
            Mã kết quả là dấu vân tay SHA-256 của toàn bộ dữ liệu đầu vào và bảng xếp hạng mà Ban Giám khảo đã phê duyệt: cùng dữ liệu luôn cho cùng mã, chỉ cần
            một thay đổi nhỏ là mã khác hẳn.
          </p>
        </>
      ) : null}
      {round.document ? (
        <>
          <Fingerprint label="SHA-256 của tệp kết quả" value={round.document.sha256} />
          <p className="mt-1">
            <a className="text-brand-700 underline" href={round.document.href} download={round.document.fileName}>
              Tải danh sách đoạt giải (JSON)
            </a>
            : tính SHA-256 của tệp tải về (ví dụ <code>sha256sum {round.document.fileName}</code>) phải ra đúng mã trên.
          </p>
        </>
      ) : null}
    </div>
  );
}
