"use client";
// Import flow: choose a file → upload with progress → preview every row with its problems →
// commit all or nothing. The server parses the file both times; nothing is trusted from here.
import Link from "next/link";
import { useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { ProgressBar } from "@/components/ui/progress-bar";
import type { ActionResult } from "@/lib/actions/result";
import { IMPORT_FORMAT_LABEL, type ImportFormat, type ImportPreview } from "@/lib/questions/import/types";
import { ImportPreviewTable } from "./import-preview-table";
import { uploadWithProgress } from "./upload";

type Stage =
  | { kind: "idle" }
  | { kind: "uploading"; what: "preview" | "commit"; progress: number | null }
  | { kind: "preview"; preview: ImportPreview }
  | { kind: "done"; created: number; skipped: number };

const MAX_MB = 10;

export function ImportWizard({ contestId }: { contestId: string }) {
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<"" | ImportFormat>("");
  const [stage, setStage] = useState<Stage>({ kind: "idle" });
  const [error, setError] = useState<string | null>(null);

  const send = async <T,>(mode: "preview" | "commit"): Promise<ActionResult<T> | null> => {
    if (!file) return null;
    setError(null);
    setStage({ kind: "uploading", what: mode, progress: 0 });
    const q = new URLSearchParams({ contestId, mode, fileName: file.name, ...(format ? { format } : {}) });
    try {
      const res = await uploadWithProgress<ActionResult<T>>(`/api/admin/questions/import?${q}`, file, (progress) =>
        setStage({ kind: "uploading", what: mode, progress }),
      );
      if (!res.body) throw new Error(String(res.status));
      return res.body;
    } catch {
      return { ok: false, error: "Không gửi được tệp lên máy chủ. Vui lòng kiểm tra mạng và thử lại." };
    }
  };

  const preview = async () => {
    if (!file) return setError("Hãy chọn tệp câu hỏi.");
    if (file.size > MAX_MB * 1024 * 1024) return setError(`Tệp quá lớn (tối đa ${MAX_MB} MB).`);
    const result = await send<ImportPreview>("preview");
    if (!result) return;
    if (result.ok) setStage({ kind: "preview", preview: result.data });
    else {
      setStage({ kind: "idle" });
      setError(result.error);
    }
  };

  const commit = async () => {
    const before = stage;
    const result = await send<{ created: number; skipped: number }>("commit");
    if (!result) return;
    if (result.ok) setStage({ kind: "done", ...result.data });
    else {
      setStage(before);
      setError(result.error);
    }
  };

  const busy = stage.kind === "uploading";
  return (
    <div className="space-y-5">
      <form
        className="grid gap-4 rounded-lg bg-white p-4 shadow-sm sm:grid-cols-[minmax(0,1fr)_14rem]"
        onSubmit={(e) => {
          e.preventDefault();
          void preview();
        }}
      >
        <div>
          <label htmlFor={`${id}-file`} className="mb-1 block text-sm font-medium">
            Tệp câu hỏi
          </label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".xlsx,.csv,.txt,.gift"
            aria-describedby={`${id}-file-hint`}
            className="block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:text-brand-800"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setStage({ kind: "idle" });
              setError(null);
            }}
          />
          <p id={`${id}-file-hint`} className="mt-1 text-xs text-slate-600">
            Excel .xlsx, CSV (UTF-8), Aiken hoặc GIFT (.txt, .gift); tối đa {MAX_MB} MB.
          </p>
        </div>
        <div>
          <label htmlFor={`${id}-format`} className="mb-1 block text-sm font-medium">
            Định dạng
          </label>
          <select id={`${id}-format`} value={format} onChange={(e) => setFormat(e.target.value as "" | ImportFormat)} className={inputClass}>
            <option value="">Tự nhận biết</option>
            {Object.entries(IMPORT_FORMAT_LABEL).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <div className="sm:col-span-2">
          <Button type="submit" disabled={!file || busy}>
            Tải lên và xem trước
          </Button>
        </div>
      </form>

      {stage.kind === "uploading" ? (
        <div aria-live="polite">
          <ProgressBar
            label={stage.progress === null ? (stage.what === "preview" ? "Đang đọc và kiểm tra tệp…" : "Đang ghi vào ngân hàng…") : "Đang tải tệp lên…"}
            value={stage.progress}
          />
        </div>
      ) : null}
      {error ? <Alert tone="error">{error}</Alert> : null}

      {stage.kind === "preview" ? <PreviewSection preview={stage.preview} onCommit={commit} busy={busy} /> : null}

      {stage.kind === "done" ? (
        <Alert tone="success" title={`Đã nhập ${stage.created} câu hỏi vào ngân hàng.`}>
          {stage.skipped ? <p>{stage.skipped} câu thuộc loại không hỗ trợ đã được bỏ qua.</p> : null}
          <p className="mt-1">
            <Link href={`/quan-tri/cau-hoi?cuocThi=${contestId}`} className="underline">
              Xem ngân hàng câu hỏi
            </Link>
          </p>
        </Alert>
      ) : null}
    </div>
  );
}

function PreviewSection({ preview, onCommit, busy }: { preview: ImportPreview; onCommit: () => void; busy: boolean }) {
  const { counts, fileProblems, canCommit } = preview;
  return (
    <section aria-labelledby="preview-heading" className="space-y-3">
      <h2 id="preview-heading" className="text-lg font-semibold">
        Xem trước ({IMPORT_FORMAT_LABEL[preview.format]})
      </h2>
      <p className="text-sm text-slate-700">
        <strong>{counts.ok}</strong> câu hợp lệ · <strong className="text-red-800">{counts.error}</strong> câu có lỗi ·{" "}
        <strong className="text-amber-900">{counts.skipped}</strong> câu bỏ qua
      </p>
      {fileProblems.length ? (
        <Alert tone="error" title="Tệp có vấn đề">
          <ul className="list-disc pl-5">
            {fileProblems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {!canCommit && counts.error > 0 ? (
        <Alert tone="warning">Chưa nhập được: việc nhập là “tất cả hoặc không”. Hãy sửa các dòng có lỗi trong tệp rồi tải lên lại.</Alert>
      ) : null}
      {preview.items.length ? <ImportPreviewTable items={preview.items} /> : null}
      <Button onClick={onCommit} disabled={!canCommit || busy}>
        Nhập {counts.ok} câu hỏi
      </Button>
    </section>
  );
}
