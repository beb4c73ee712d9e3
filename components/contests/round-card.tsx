import Link from "next/link";
import { Countdown } from "@/components/countdown";
import { ROUND_PHASE_LABEL, roundPhase } from "@/lib/contests/round-phase";
import type { PublicRound } from "@/lib/contests/queries";
import { RoundFacts } from "./round-facts";

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
          {ROUND_PHASE_LABEL[phase]}
        </span>
      </div>
      <RoundFacts round={round} />
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
