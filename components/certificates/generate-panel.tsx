"use client";
// Issues certificate numbers chunk by chunk (one server action call per chunk) so the secretariat
// sees the progress and a slow network never holds one long request open.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { generateCertificatesAction } from "@/lib/certificates/actions";

const CHUNK = 5;

export function GeneratePanel({
  roundId,
  issued: initialIssued,
  total,
  disabledReason,
}: {
  roundId: string;
  issued: number;
  total: number;
  disabledReason: string | null;
}) {
  const router = useRouter();
  const [issued, setIssued] = useState(initialIssued);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const done = total > 0 && issued >= total;

  async function run() {
    setRunning(true);
    setError(null);
    try {
      for (;;) {
        const result = await generateCertificatesAction({ roundId, limit: CHUNK });
        if (!result.ok) {
          setError(result.error);
          break;
        }
        setIssued(result.data.issued);
        if (result.data.created === 0 || result.data.issued >= result.data.total) break;
      }
    } catch {
      setError("Mất kết nối tới máy chủ. Các số đã cấp được giữ nguyên; hãy bấm lại để cấp tiếp.");
    } finally {
      setRunning(false);
      router.refresh();
    }
  }

  const percent = total ? Math.round((issued / total) * 100) : 0;
  return (
    <div className="space-y-3">
      <p className="text-sm">
        Đã cấp số cho <strong>{issued}</strong> / {total} giải.
      </p>
      <div>
        <label htmlFor="tien-do-cap-so" className="sr-only">
          Tiến độ cấp số giấy chứng nhận
        </label>
        <progress id="tien-do-cap-so" max={total || 1} value={issued} className="h-3 w-full accent-brand-700" aria-valuetext={`${percent}%`}>
          {percent}%
        </progress>
      </div>
      {disabledReason ? <p className="text-sm text-amber-800">{disabledReason}</p> : null}
      <Alert tone="error">{error}</Alert>
      <button
        type="button"
        onClick={run}
        disabled={running || done || !!disabledReason || total === 0}
        className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {running ? `Đang cấp số… ${percent}%` : done ? "Đã cấp đủ số giấy chứng nhận" : "Cấp số giấy chứng nhận"}
      </button>
    </div>
  );
}
