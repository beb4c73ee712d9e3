// /quan-tri/chung-nhan: every contest with its rounds, their status and certificate progress.
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { tdClass } from "@/components/ui/table";
import type { ContestWithRounds } from "@/lib/certificates/queries";
import { isCertifiable } from "@/lib/certificates/status";
import { ROUND_STATUS_LABEL } from "@/lib/contests/round-status";

const COLUMNS = ["Vòng thi", "Trạng thái", "Đã cấp / số giải", "Thao tác"];

export function ContestRoundList({ contests }: { contests: ContestWithRounds[] }) {
  if (contests.length === 0) return <p>Chưa có cuộc thi nào.</p>;
  return (
    <div className="space-y-6">
      {contests.map((c) => (
        <section key={c.id} aria-labelledby={`cuoc-thi-${c.id}`} className="rounded-lg bg-white p-4 shadow-sm">
          <h2 id={`cuoc-thi-${c.id}`} className="text-lg font-semibold text-brand-800">
            {c.name}
          </h2>
          <p className="text-sm text-slate-600">Mẫu số giấy chứng nhận: {c.certificatePattern}</p>
          <div className="mt-3">
            {/* The caption also names the scroll region: not ending with the contest's name keeps the section's region the only match (e2e). */}
            <DataTable caption={`${c.name}: các vòng thi`} columns={COLUMNS}>
              {c.rounds.map((r) => (
                <tr key={r.id}>
                  <th scope="row" className={`${tdClass} font-medium`}>
                    {r.name}
                  </th>
                  <td className={tdClass}>{ROUND_STATUS_LABEL[r.status]}</td>
                  <td className={tdClass}>
                    {r.certificateCount} / {r.awardCount}
                  </td>
                  <td className={tdClass}>
                    <Link href={`/quan-tri/chung-nhan/${r.id}`} className="text-brand-700 underline">
                      {isCertifiable(r.status) ? "Cấp giấy chứng nhận" : "Xuất kết quả"}
                      <span className="sr-only"> – {r.name}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </DataTable>
          </div>
        </section>
      ))}
    </div>
  );
}
