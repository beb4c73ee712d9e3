// Choosing the contest (the staff pages' GET form, works without JavaScript) and the round (links).
import Link from "next/link";
import { ContestPicker } from "@/components/admin/contest-picker";
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
      <ContestPicker action={path} contests={contests} currentId={contest.slug} param="cuoc-thi" by="slug" submitLabel="Xem" />
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
