// My awards and their certificates on /ca-nhan: download (built by the certificates module) and
// the public verification page.
import Link from "next/link";
import type { AwardView } from "@/lib/participants/account";

export function AwardList({ awards }: { awards: AwardView[] }) {
  return (
    <section aria-labelledby="giai-thuong" className="min-w-0 rounded-xl bg-white p-4 sm:p-6">
      <h2 id="giai-thuong" className="text-lg font-bold text-brand-800">
        Giải thưởng và Giấy chứng nhận
      </h2>
      {awards.length === 0 ? (
        <p className="mt-2 text-slate-700">Bạn chưa có giải thưởng nào. Kết quả được công bố sau khi Ban Giám khảo phê duyệt.</p>
      ) : (
        <ul className="mt-3 space-y-2">
          {awards.map((a) => (
            <li key={a.id} className="min-w-0 rounded-lg border border-slate-200 p-3">
              <p className="break-words font-semibold text-slate-900">
                {a.tierName} · {a.roundName}
              </p>
              {a.certificate ? (
                a.certificate.isRevoked ? (
                  <p className="mt-1 text-sm text-red-700">Giấy chứng nhận số {a.certificate.number} đã bị thu hồi.</p>
                ) : (
                  <div className="mt-1 space-y-1 text-sm">
                    <p>Giấy chứng nhận số {a.certificate.number}</p>
                    <p className="flex flex-wrap gap-x-4 gap-y-1">
                      <a href={`/ca-nhan/chung-nhan/${a.certificate.id}`} className="font-semibold text-brand-700 underline">
                        Tải Giấy chứng nhận (PDF)
                      </a>
                      <Link href={`/chung-nhan/${a.certificate.verificationCode}`} className="text-brand-700 underline">
                        Trang xác minh
                      </Link>
                    </p>
                  </div>
                )
              ) : (
                <p className="mt-1 text-sm text-slate-700">Giấy chứng nhận đang được chuẩn bị.</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
