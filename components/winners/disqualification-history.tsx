// Every disqualification of the round, active or revoked, with its reasons (docs/DOMAIN.md §9:
// the reason is kept so it can be shown to the person on request).
import { formatVnDateTime } from "@/lib/time";
import type { RoundReview } from "@/lib/winners/review";

export function DisqualificationHistory({ items }: { items: RoundReview["disqualifications"] }) {
  if (items.length === 0) return <p className="text-sm text-slate-600">Chưa có thí sinh nào bị loại trong đợt thi này.</p>;
  return (
    <ul className="space-y-2 text-sm">
      {items.map((d) => (
        <li key={d.id} className="rounded-md border border-slate-200 p-2">
          <p className="font-medium">
            {d.fullName} {d.revokedAt ? <span className="text-green-800">(đã khôi phục)</span> : <span className="text-red-700">(đang bị loại)</span>}
          </p>
          <p>
            Loại lúc {formatVnDateTime(d.createdAt)}: {d.reason}
          </p>
          {d.revokedAt ? (
            <p>
              Khôi phục lúc {formatVnDateTime(d.revokedAt)}: {d.revokeReason}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
