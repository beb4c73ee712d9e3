// What a regrade changes (the dry run, or what applying changed): the one-line summary, the score
// changes, the ranks that move and the prizes that change. Presentational.
import { describeImpact, type RegradeImpact } from "@/lib/regrade/impact";

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

export function ImpactSummary({ impact, title }: { impact: RegradeImpact; title: string }) {
  const changes = impact.deltas.filter((d) => d.delta !== 0);
  return (
    <div className="space-y-2 rounded-md border border-slate-200 bg-slate-50 p-3 text-sm">
      <p className="font-semibold">{title}</p>
      <p>{describeImpact(impact)}</p>
      <p className="text-slate-700">
        {impact.attemptsShown} lượt đã nộp có câu hỏi này
        {changes.length > 0 ? `; điểm thay đổi: ${changes.map((d) => `${signed(d.delta)} điểm: ${d.attempts} lượt`).join(", ")}` : ""}.
      </p>
      {impact.prizeChanges.length > 0 ? (
        <div>
          <p className="font-medium">Giải thay đổi</p>
          <ul className="list-disc pl-5">
            {impact.prizeChanges.map((c) => (
              <li key={c.participantId}>
                {c.fullName}: {c.before ? `${c.before.tierName} (hạng ${c.before.rank})` : "không có giải"} →{" "}
                {c.after ? `${c.after.tierName} (hạng ${c.after.rank})` : "không có giải"}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {impact.rankMoves.count > 0 ? (
        <div>
          <p className="font-medium">
            Thứ hạng thay đổi ({impact.rankMoves.count} thí sinh
            {impact.rankMoves.count > impact.rankMoves.shown.length ? `, ${impact.rankMoves.shown.length} thứ hạng cao nhất` : ""})
          </p>
          <ul className="list-disc pl-5">
            {impact.rankMoves.shown.map((m) => (
              <li key={m.participantId}>
                {m.fullName}: hạng {m.before} → {m.after}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
