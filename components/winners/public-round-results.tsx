// One round on /ket-qua: the published winners by tier (personal data masked), the true value of
// the prediction question and the number of participants; before publication, when results come.
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
