"use client";
// The jury's "Kiểm tra lại" button and its outcome: the stored computation recomputed from what it
// stored alone, then today's data ranked again (rolled back), each "khớp" or the first differing row.
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EXCLUSION_LABEL, type ExclusionReason } from "@/lib/ranking/prizes";
import { VN_OFFSET_MS } from "@/lib/time";
import { verifyComputationAction } from "@/lib/winners/actions";
import type { EntryField, EntryValues, RowDifference, VerifyReport } from "@/lib/winners/verify";

const FIELD_LABEL: Record<EntryField, string> = {
  rank: "Thứ hạng",
  participantId: "Thí sinh",
  attemptId: "Lượt thi được tính",
  correctCount: "Số câu đúng",
  prediction: "Dự đoán",
  predictionDiff: "Độ lệch dự đoán",
  durationMs: "Thời gian làm bài (ms)",
  submittedAt: "Nộp bài lúc",
  registeredAt: "Đăng ký lúc",
  prizeTier: "Giải",
  excludedReason: "Lý do không xét giải",
};

/** Vietnam time to the millisecond: the tie-break compares instants that precisely. */
const preciseVn = (d: Date) => new Date(new Date(d).getTime() + VN_OFFSET_MS).toISOString().slice(0, 23).replace("T", " ");

function show(field: keyof EntryValues, v: EntryValues, names: Record<string, string>, tierNames: Record<string, string>): string {
  const value = v[field];
  if (value === null) return field === "predictionDiff" || field === "prediction" ? "không dự đoán" : field === "durationMs" ? "không đo được" : "—";
  if (field === "participantId") return `${names[v.participantId] ?? "?"} (${v.participantId})`;
  if (field === "submittedAt" || field === "registeredAt") return preciseVn(value as Date);
  if (field === "prizeTier") return tierNames[value as string] ?? String(value);
  if (field === "excludedReason") return EXCLUSION_LABEL[value as ExclusionReason] ?? String(value);
  return typeof value === "number" ? value.toLocaleString("vi-VN") : String(value);
}

function RowTable({ row, other, names, tierNames }: { row: RowDifference; other: string; names: Record<string, string>; tierNames: Record<string, string> }) {
  if (!row.stored || !row.recomputed) {
    return (
      <p className="mt-1">
        Hạng {row.rank}: {row.stored ? `${other} không có dòng này.` : row.recomputed ? "dữ liệu đã lưu không có dòng này." : "thứ hạng không liên tục."}
      </p>
    );
  }
  const fields = Object.keys(FIELD_LABEL).filter((f): f is keyof EntryValues => f !== "rank");
  return (
    <div className="mt-2 overflow-x-auto">
      <p className="font-medium">
        Dòng khác đầu tiên: hạng {row.rank} ({row.fields.map((f) => FIELD_LABEL[f]).join(", ")})
      </p>
      <table className="mt-1 min-w-full text-left text-xs">
        <caption className="sr-only">
          Hạng {row.rank}: giá trị đã lưu và giá trị {other}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="pr-3">
              Trường
            </th>
            <th scope="col" className="pr-3">
              Đã lưu
            </th>
            <th scope="col">{other}</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((f) => {
            const differs = row.fields.includes(f);
            return (
              <tr key={f} className={differs ? "font-semibold text-red-800" : undefined}>
                <th scope="row" className="pr-3 font-normal">
                  {FIELD_LABEL[f]}
                  {differs ? " ≠" : ""}
                </th>
                <td className="pr-3">{show(f, row.stored!, names, tierNames)}</td>
                <td>{show(f, row.recomputed!, names, tierNames)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Report({ report, tierNames }: { report: VerifyReport; tierNames: Record<string, string> }) {
  const { stored, live, names } = report;
  return (
    <div className="space-y-2">
      {stored.status === "MATCH" ? (
        <Alert tone="success" title="Khớp">
          Tính lại từ dữ liệu đã lưu ({stored.entryCount.toLocaleString("vi-VN")} dòng xếp hạng, các quy tắc và danh sách loại trừ) cho đúng thứ hạng, giải và
          mã kiểm tra {stored.inputHash.slice(0, 12)}….
        </Alert>
      ) : stored.status === "UNVERIFIABLE" ? (
        <Alert tone="info">
          Lần tính này được lưu trước khi hệ thống lưu đủ dữ liệu đầu vào, nên không thể kiểm tra lại từ dữ liệu đã lưu. Hãy tính lại để có một lần tính kiểm
          tra được.
        </Alert>
      ) : (
        <Alert tone="error" title="Không khớp với dữ liệu đã lưu">
          <ul className="list-disc pl-5">
            {stored.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
          {stored.firstRow ? <RowTable row={stored.firstRow} other="Tính lại" names={names} tierNames={tierNames} /> : null}
        </Alert>
      )}
      {live.status === "SAME" ? (
        <Alert tone="success">Dữ liệu hiện tại vẫn cho cùng kết quả.</Alert>
      ) : (
        <Alert tone="warning" title="Dữ liệu hiện tại cho kết quả khác">
          {live.changes.length ? (
            <ul className="list-disc pl-5">
              {live.changes.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          ) : null}
          {live.firstRow ? (
            <RowTable row={live.firstRow} other="Dữ liệu hiện tại" names={names} tierNames={tierNames} />
          ) : (
            <p>Bảng xếp hạng và giải không đổi; chỉ dữ liệu đầu vào khác.</p>
          )}
        </Alert>
      )}
    </div>
  );
}

export function VerifyComputation({ computationId, tierNames }: { computationId: string; tierNames: Record<string, string> }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<VerifyReport | null>(null);

  const onVerify = async () => {
    setBusy(true);
    setError(null);
    try {
      const result = await verifyComputationAction({ computationId });
      if (result.ok) setReport(result.data);
      else setError(result.error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="space-y-2">
      <Button variant="secondary" size="sm" onClick={onVerify} disabled={busy} aria-describedby={`kiem-tra-${computationId}`}>
        {busy ? "Đang kiểm tra…" : "Kiểm tra lại"}
      </Button>
      <p id={`kiem-tra-${computationId}`} className="text-xs text-slate-600">
        Tính lại lần tính này chỉ từ dữ liệu đã lưu, rồi so với kết quả dữ liệu hiện tại cho ra. Không thay đổi gì.
      </p>
      <Alert tone="error">{error}</Alert>
      {report ? <Report report={report} tierNames={tierNames} /> : null}
    </div>
  );
}
