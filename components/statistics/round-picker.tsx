// Choosing the contest (a GET form, works without JavaScript) and the round (links).
import Link from "next/link";
import { isRoundVisible, ROUND_STATUS_LABEL } from "@/lib/contests/round-status";
import { statisticsHref } from "@/lib/statistics/links";
import type { SelectableContest, SelectableRound } from "@/lib/statistics/pick-selection";

export function RoundPicker({
  path,
  contests,
  contest,
  round,
}: {
  path: string;
  contests: SelectableContest[];
  contest: SelectableContest;
  round: SelectableRound | null;
}) {
  return (
    <div className="space-y-3 rounded-xl bg-white p-4 shadow-sm">
      <form method="get" action={path} className="flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1">
          <label htmlFor="stat-contest" className="block text-sm font-medium text-slate-700">
            Cuộc thi
          </label>
          <select
            id="stat-contest"
            name="cuoc-thi"
            defaultValue={contest.slug}
            className="mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-2 text-sm"
          >
            {contests.map((c) => (
              <option key={c.id} value={c.slug}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">
          Xem
        </button>
      </form>
      <nav aria-label="Chọn đợt thi">
        <ul className="flex flex-wrap gap-2">
          {contest.rounds.map((r) => (
            <li key={r.id}>
              <Link
                href={statisticsHref(path, { "cuoc-thi": contest.slug, dot: r.number })}
                aria-current={r.id === round?.id ? "page" : undefined}
                className={`inline-block rounded-full px-3 py-1 text-sm ${r.id === round?.id ? "bg-brand-700 text-white" : "bg-slate-100 text-slate-800 hover:bg-slate-200"}`}
              >
                {r.name}
                {isRoundVisible(r.status) ? "" : ` (${ROUND_STATUS_LABEL[r.status].toLowerCase()})`}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
