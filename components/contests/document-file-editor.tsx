"use client";
// A study document's uploaded file in the staff editor: upload (with progress) or replace it, see
// it as participants will, or remove it. The server checks the type by content and the size
// (lib/storage/file-types.ts); the size is checked here first so a phone does not send 50 MB for
// nothing. The upload is a raw body to a route handler (lib/contests/document-api.ts).
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { uploadWithProgress } from "@/components/questions/upload";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ProgressBar } from "@/components/ui/progress-bar";
import { useActionRunner } from "@/components/ui/use-action-runner";
import type { ActionResult } from "@/lib/actions/result";
import { removeDocumentFileAction } from "@/lib/contests/admin-actions";
import type { DocumentFile } from "@/lib/contests/types";
import { formatFileSize, tooLargeMessage } from "@/lib/storage/file-types";
import { documentFileHref, documentFileSummary } from "./document-file-link";

/** A hint for the phone's file picker only; the server decides by the bytes. */
const ACCEPT = ".pdf,.docx,.png,.jpg,.jpeg,.webp,.gif,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,image/*";
const NETWORK_ERROR = "Không gửi được tệp lên máy chủ. Vui lòng kiểm tra mạng và thử lại.";

type Upload = { kind: "idle" } | { kind: "sending"; progress: number | null } | { kind: "done"; tone: "success" | "error"; text: string };

export function DocumentFileEditor({
  documentId,
  code,
  file,
  maxUploadBytes,
}: {
  documentId: string;
  code: string;
  file: DocumentFile | null;
  maxUploadBytes: number;
}) {
  const uid = useId();
  const router = useRouter();
  const [upload, setUpload] = useState<Upload>({ kind: "idle" });
  const remover = useActionRunner();
  const name = <span className="sr-only">&nbsp;{code}</span>;

  const send = async (chosen: File) => {
    remover.setMessage(null);
    if (chosen.size > maxUploadBytes) return setUpload({ kind: "done", tone: "error", text: tooLargeMessage(maxUploadBytes) });
    setUpload({ kind: "sending", progress: 0 });
    const url = `/api/admin/documents/${encodeURIComponent(documentId)}/file?${new URLSearchParams({ fileName: chosen.name })}`;
    try {
      const res = await uploadWithProgress<ActionResult<DocumentFile>>(url, chosen, (progress) => setUpload({ kind: "sending", progress }));
      if (!res.body) throw new Error(String(res.status));
      if (res.body.ok) {
        setUpload({ kind: "done", tone: "success", text: `Đã tải lên “${res.body.data.fileName}” (${documentFileSummary(res.body.data)}).` });
        router.refresh();
      } else setUpload({ kind: "done", tone: "error", text: res.body.error });
    } catch {
      setUpload({ kind: "done", tone: "error", text: NETWORK_ERROR });
    }
  };

  const message = upload.kind === "done" ? upload : remover.message;
  return (
    <div className="mt-2 space-y-2 rounded-md bg-slate-50 p-2">
      <p className="break-words text-sm text-slate-700">
        {file ? (
          <>
            Tệp đính kèm:{" "}
            <a href={documentFileHref(documentId)} target="_blank" rel="noopener" className="text-brand-700 underline">
              {file.fileName}
            </a>{" "}
            ({documentFileSummary(file)})
          </>
        ) : (
          "Chưa có tệp: người dự thi chỉ thấy tên văn bản (và đường dẫn, nếu có)."
        )}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={`${uid}-file`} className="text-sm font-medium">
          {file ? "Thay tệp" : "Tải tệp lên"}
          {name}
        </label>
        <input
          id={`${uid}-file`}
          type="file"
          accept={ACCEPT}
          aria-describedby={`${uid}-hint`}
          disabled={upload.kind === "sending" || remover.pending}
          className="max-w-full text-sm file:mr-2 file:min-h-10 file:rounded-md file:border file:border-brand-700 file:bg-white file:px-3 file:text-brand-700"
          onChange={(e) => {
            const chosen = e.target.files?.[0];
            e.target.value = "";
            if (chosen) void send(chosen);
          }}
        />
        {file ? (
          <Button
            size="sm"
            variant="danger"
            disabled={upload.kind === "sending" || remover.pending}
            onClick={() => {
              setUpload({ kind: "idle" });
              remover.run(() => removeDocumentFileAction({ id: documentId }), "Đã gỡ tệp.");
            }}
          >
            Gỡ tệp{name}
          </Button>
        ) : null}
      </div>
      <p id={`${uid}-hint`} className="text-xs text-slate-600">
        PDF, DOCX hoặc ảnh (PNG, JPEG, WebP, GIF), tối đa {formatFileSize(maxUploadBytes)}. PDF và ảnh mở ngay trên điện thoại; DOCX được tải về.
      </p>
      {upload.kind === "sending" ? <ProgressBar label="Đang tải tệp lên…" value={upload.progress} /> : null}
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
    </div>
  );
}
