// Choose the contest round to review. A plain GET form: works without JavaScript.
import { ROUND_STATUS_LABEL } from "@/lib/contests/round-status";
import type { ReviewContest } from "@/lib/winners/review";

export function RoundChooser({ contests, selected, action }: { contests: ReviewContest[]; selected: string | null; action: string }) {
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-2 rounded-lg bg-white p-3 shadow-sm">
      <div className="min-w-0 flex-1">
        <label htmlFor="chon-dot" className="mb-1 block text-sm font-medium">
          Cuộc thi và đợt thi
        </label>
        <select
          id="chon-dot"
          name="dot"
          defaultValue={selected ?? undefined}
          className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base"
        >
          {contests.map((c) => (
            <optgroup key={c.id} label={`${c.name} (${c.year})`}>
              {c.rounds.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name} – {ROUND_STATUS_LABEL[r.status].toLowerCase()}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <button type="submit" className="min-h-10 rounded-md border border-brand-700 bg-white px-4 py-2 font-medium text-brand-700 hover:bg-brand-50">
        Xem
      </button>
    </form>
  );
}
