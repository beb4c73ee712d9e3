// /quan-tri/chung-nhan: every contest with its rounds, their status and certificate progress.
import Link from "next/link";
import type { ContestWithRounds } from "@/lib/certificates/queries";
import { isCertifiable } from "@/lib/certificates/status";
import { ROUND_STATUS_LABEL } from "@/lib/contests/round-status";

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
          <div className="mt-3 overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Các vòng thi của {c.name}</caption>
              <thead>
                <tr className="border-b">
                  <th scope="col" className="py-2 pr-3">
                    Vòng thi
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    Trạng thái
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    Đã cấp / số giải
                  </th>
                  <th scope="col" className="py-2">
                    <span className="sr-only">Thao tác</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {c.rounds.map((r) => (
                  <tr key={r.id} className="border-b last:border-0">
                    <th scope="row" className="py-2 pr-3 font-medium">
                      {r.name}
                    </th>
                    <td className="py-2 pr-3">{ROUND_STATUS_LABEL[r.status]}</td>
                    <td className="py-2 pr-3">
                      {r.certificateCount} / {r.awardCount}
                    </td>
                    <td className="py-2">
                      <Link href={`/quan-tri/chung-nhan/${r.id}`} className="text-brand-700 underline">
                        {isCertifiable(r.status) ? "Cấp giấy chứng nhận" : "Xuất kết quả"}
                        <span className="sr-only"> – {r.name}</span>
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </div>
  );
}
