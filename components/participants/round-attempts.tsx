// My attempts per round on /ca-nhan: score, duration, submission time and which attempt counts
// (docs/DOMAIN.md §4). Cards, not a table, so a 360-px screen never scrolls sideways.
import Link from "next/link";
import { ROUND_PHASE_LABEL } from "@/lib/contests/round-phase";
import type { RoundAttempts } from "@/lib/participants/account";
import type { AttemptView } from "@/lib/participants/attempt-summary";
import { formatDuration, formatVnDateTime } from "@/lib/time";

function AttemptCard({ attempt }: { attempt: AttemptView }) {
  return (
    <li className={`min-w-0 rounded-lg border p-3 ${attempt.isCounted ? "border-brand-600 bg-brand-50" : "border-slate-200"}`}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="font-semibold text-slate-900">Lượt {attempt.number}</p>
        {attempt.isCounted ? <span className="rounded-full bg-brand-700 px-2.5 py-0.5 text-xs font-semibold text-white">Lượt được tính kết quả</span> : null}
      </div>
      {attempt.state === "submitted" ? (
        <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
          <dt className="text-slate-600">Kết quả</dt>
          <dd className="font-medium">
            {attempt.correctCount ?? 0}/{attempt.itemCount} câu đúng
          </dd>
          <dt className="text-slate-600">Thời gian làm bài</dt>
          <dd>{attempt.durationMs !== null ? formatDuration(attempt.durationMs) : "—"}</dd>
          <dt className="text-slate-600">Nộp lúc</dt>
          <dd>{attempt.submittedAt ? formatVnDateTime(attempt.submittedAt) : "—"}</dd>
        </dl>
      ) : (
        <p className="mt-1 text-sm text-slate-700">
          {attempt.state === "in_progress"
            ? `Đang làm bài, hạn nộp ${formatVnDateTime(attempt.deadline)}.`
            : "Đã hết giờ làm bài; bài được chấm với các câu đã lưu."}
        </p>
      )}
      <p className="mt-2 text-sm">
        {attempt.state === "in_progress" ? (
          <Link href={`/thi/${attempt.id}`} className="font-semibold text-brand-700 underline">
            Tiếp tục làm bài
          </Link>
        ) : (
          <Link href={`/thi/${attempt.id}/ket-qua`} className="font-semibold text-brand-700 underline">
            Xem kết quả lượt {attempt.number}
          </Link>
        )}
      </p>
    </li>
  );
}

export function RoundAttemptsList({ rounds }: { rounds: RoundAttempts[] }) {
  return (
    <section aria-labelledby="bai-thi" className="min-w-0 rounded-xl bg-white p-4 sm:p-6">
      <h2 id="bai-thi" className="text-lg font-bold text-brand-800">
        Bài thi của tôi
      </h2>
      {rounds.length === 0 ? <p className="mt-2 text-slate-700">Chưa có đợt thi nào.</p> : null}
      <div className="mt-3 space-y-5">
        {rounds.map((r) => {
          const left = Math.max(0, r.attemptsAllowed - r.attempts.length);
          return (
            <div key={r.id} className="min-w-0">
              <h3 className="flex flex-wrap items-baseline gap-x-2 font-semibold text-slate-900">
                {r.name}
                <span className="text-sm font-normal text-slate-600">
                  ({ROUND_PHASE_LABEL[r.phase]} · {formatVnDateTime(r.opensAt)} – {formatVnDateTime(r.closesAt)})
                </span>
              </h3>
              {r.attempts.length === 0 ? (
                <p className="mt-1 text-sm text-slate-700">Bạn chưa thi đợt này.</p>
              ) : (
                <ul className="mt-2 grid min-w-0 gap-2 sm:grid-cols-2">
                  {r.attempts.map((a) => (
                    <AttemptCard key={a.id} attempt={a} />
                  ))}
                </ul>
              )}
              {r.phase === "open" ? (
                <p className="mt-2 text-sm text-slate-700">
                  Còn {left}/{r.attemptsAllowed} lượt thi.{" "}
                  {left > 0 ? (
                    <Link href="/thi" className="font-semibold text-brand-700 underline">
                      Vào thi
                    </Link>
                  ) : null}
                </p>
              ) : null}
            </div>
          );
        })}
      </div>
    </section>
  );
}
