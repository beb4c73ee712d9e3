// "Các đợt thi": the published rounds of a contest, one line each with its name, its window
// (Vietnam dates) and its phase. Shown on the home page and on a contest's own page.
import { ROUND_PHASE_LABEL, roundPhase, type RoundWindow } from "@/lib/contests/round-phase";
import { formatVnDate } from "@/lib/time";

interface RoundListItem extends RoundWindow {
  id: string;
  name: string;
}

export function RoundList({ rounds, now }: { rounds: RoundListItem[]; now: Date }) {
  return (
    <section aria-labelledby="cac-dot" className="min-w-0 rounded-xl bg-white p-4 sm:p-6">
      <h2 id="cac-dot" className="text-lg font-bold text-brand-800">
        Các đợt thi
      </h2>
      {rounds.length === 0 ? <p className="mt-2 text-slate-700">Chưa có đợt thi nào được công bố.</p> : null}
      <ul className="mt-2 divide-y divide-slate-100">
        {rounds.map((r) => (
          <li key={r.id} className="flex flex-wrap justify-between gap-x-3 gap-y-1 py-2 text-sm">
            <span className="font-medium">{r.name}</span>
            <span>
              {formatVnDate(r.opensAt)} – {formatVnDate(r.closesAt)}{" "}
              <span className="text-slate-500">({ROUND_PHASE_LABEL[roundPhase(r, now)].toLowerCase()})</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
