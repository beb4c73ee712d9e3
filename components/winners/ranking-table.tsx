// One page of a round's ranking for the jury: the tie-break columns in the order they apply,
// the prize or why the entry was passed over, integrity flags, and the disqualify/reinstate form.
// CCCD and phone arrive masked (lib/winners/review.ts); "Hiện thông tin" asks for one person's.
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { tdClass } from "@/components/ui/table";
import { EXCLUSION_LABEL, type ExclusionReason } from "@/lib/ranking/prizes";
import { isDurationBeforePrediction, type RankingOrder } from "@/lib/ranking/ranking-order";
import { formatDuration, formatVnDateTime } from "@/lib/time";
import { FLAG_LABEL } from "@/lib/winners/integrity";
import type { ReviewRow } from "@/lib/winners/review";
import { ParticipantDecisionForm } from "./participant-decision-form";
import { RevealPerson } from "./reveal-person";

export interface RankingTableProps {
  roundId: string;
  rows: ReviewRow[];
  tierNames: Record<string, string>;
  rankingOrder: RankingOrder;
  canDecide: boolean;
}

function Outcome({ row, tierNames }: { row: ReviewRow; tierNames: Record<string, string> }) {
  if (row.prizeTier) return <Badge tone="good">{tierNames[row.prizeTier] ?? row.prizeTier}</Badge>;
  if (row.excludedReason) return <Badge tone="warn">{EXCLUSION_LABEL[row.excludedReason as ExclusionReason] ?? row.excludedReason}</Badge>;
  return null;
}

export function RankingTable({ roundId, rows, tierNames, rankingOrder, canDecide }: RankingTableProps) {
  const durationFirst = isDurationBeforePrediction(rankingOrder);
  const tieBreakColumns = durationFirst ? ["Thời gian làm bài", "|Dự đoán − đáp án|"] : ["|Dự đoán − đáp án|", "Thời gian làm bài"];
  const columns = ["Hạng", "Thí sinh", "Số câu đúng", ...tieBreakColumns, "Nộp bài lúc", "Giải / ghi chú", "Cảnh báo", ...(canDecide ? ["Quyết định"] : [])];
  return (
    <DataTable caption="Bảng xếp hạng theo thứ tự xét giải" columns={columns}>
      {rows.map((row) => {
        const name = row.participant?.fullName ?? row.participantId;
        const diff = (
          <td className={tdClass}>
            {row.predictionDiff === null ? <span className="text-slate-500">không dự đoán</span> : row.predictionDiff.toLocaleString("vi-VN")}
          </td>
        );
        const time = <td className={`${tdClass} whitespace-nowrap`}>{row.durationMs === null ? "—" : formatDuration(row.durationMs)}</td>;
        return (
          <tr key={row.rank} className={row.isDisqualified ? "bg-red-50" : undefined}>
            <th scope="row" className={`${tdClass} font-semibold`}>
              {row.rank}
            </th>
            <td className={tdClass}>
              <p className="font-medium">{name}</p>
              {row.participant ? (
                <p className="text-xs text-slate-600">
                  {[row.participant.unitName, row.participant.districtName].filter(Boolean).join(" · ")}
                  <br />
                  CCCD {row.participant.cccdMasked} · ĐT {row.participant.phoneMasked} · sinh năm {row.participant.birthYear}
                </p>
              ) : null}
              {row.participant ? <RevealPerson roundId={roundId} participantId={row.participantId} participantName={name} /> : null}
              {row.isDisqualified ? <Badge tone="bad">Đang bị loại</Badge> : null}
            </td>
            <td className={tdClass}>{row.correctCount}</td>
            {durationFirst ? time : diff}
            {durationFirst ? diff : time}
            <td className={`${tdClass} whitespace-nowrap`}>
              <time dateTime={row.submittedAt.toISOString()}>{formatVnDateTime(row.submittedAt)}</time>
            </td>
            <td className={tdClass}>
              <Outcome row={row} tierNames={tierNames} />
            </td>
            <td className={tdClass}>
              {row.flags.length ? (
                <ul className="space-y-1 text-xs text-amber-900">
                  {row.flags.map((f) => (
                    <li key={f}>⚠ {FLAG_LABEL[f]}</li>
                  ))}
                </ul>
              ) : null}
            </td>
            {canDecide ? (
              <td className={tdClass}>
                <ParticipantDecisionForm
                  mode={row.isDisqualified ? "reinstate" : "disqualify"}
                  roundId={roundId}
                  participantId={row.participantId}
                  participantName={name}
                />
              </td>
            ) : null}
          </tr>
        );
      })}
    </DataTable>
  );
}
