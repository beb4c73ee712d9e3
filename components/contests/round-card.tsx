import Link from "next/link";
import { Countdown } from "@/components/countdown";
import { roundPhase } from "@/lib/contests/round-phase";
import type { PublicRound } from "@/lib/contests/queries";
import { formatVnDateTime } from "@/lib/time";

const PHASE_LABEL = { draft: "Chưa công bố", upcoming: "Sắp mở", open: "Đang diễn ra", closed: "Đã kết thúc" } as const;

export function RoundCard({ round, now }: { round: PublicRound; now: Date }) {
  const phase = roundPhase(round, now);
  return (
    <section aria-labelledby={`round-${round.id}`} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={`round-${round.id}`} className="text-lg font-bold text-brand-800 sm:text-xl">
          {round.name}
        </h2>
        <span
          className={`rounded-full px-3 py-1 text-sm font-medium ${phase === "open" ? "bg-green-100 text-green-800" : phase === "upcoming" ? "bg-amber-100 text-amber-900" : "bg-slate-100 text-slate-700"}`}
        >
          {PHASE_LABEL[phase]}
        </span>
      </div>
      <p className="mt-2 text-sm text-slate-700">
        Thời gian nhận bài: từ <time dateTime={round.opensAt.toISOString()}>{formatVnDateTime(round.opensAt)}</time> đến{" "}
        <time dateTime={round.closesAt.toISOString()}>{formatVnDateTime(round.closesAt)}</time> (giờ Việt Nam)
      </p>
      <p className="mt-1 text-sm text-slate-700">
        {round.questionCount} câu hỏi trắc nghiệm và 1 câu hỏi dự đoán · {Math.round(round.timeLimitSec / 60)} phút · tối đa {round.attemptsAllowed} lượt thi
      </p>
      {phase === "open" || phase === "upcoming" ? (
        <div className="mt-4">
          <Countdown
            target={(phase === "open" ? round.closesAt : round.opensAt).toISOString()}
            serverNow={now.toISOString()}
            label={phase === "open" ? "Thời gian còn lại để dự thi" : "Cuộc thi sẽ mở sau"}
          />
        </div>
      ) : null}
      {phase === "open" ? (
        <div className="mt-5 flex flex-wrap gap-3">
          <Link href="/thi" className="rounded-lg bg-accent-500 px-5 py-3 text-base font-semibold text-white hover:bg-red-700">
            Vào thi ngay
          </Link>
          <Link href="/dang-ky" className="rounded-lg border border-brand-700 px-5 py-3 text-base font-semibold text-brand-700 hover:bg-brand-50">
            Đăng ký tài khoản
          </Link>
        </div>
      ) : null}
    </section>
  );
}
