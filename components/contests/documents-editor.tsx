"use client";
// The contest's study documents ("Tài liệu", listed on the public /tai-lieu page in this order):
// add, edit, reorder, delete when no question uses them, attach a file (document-file-editor.tsx).
// Dates are entered and shown as dd/MM/yyyy.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button, SubmitButton } from "@/components/ui/button";
import { TextareaField, TextField } from "@/components/ui/field";
import { useActionRunner } from "@/components/ui/use-action-runner";
import { useFormAction } from "@/components/ui/use-form-action";
import { DocumentFileEditor } from "./document-file-editor";
import { DocumentHeading } from "./document-list";
import type { ActionResult } from "@/lib/actions/result";
import { createDocumentAction, deleteDocumentAction, moveDocumentAction, updateDocumentAction } from "@/lib/contests/admin-actions";
import { documentEditorSchema, type DocumentEditorValues } from "@/lib/contests/schema";
import type { StaffDocument } from "@/lib/contests/types";
import { formatIsoDateVn } from "@/lib/time";

const EMPTY: DocumentEditorValues = { code: "", title: "", issuer: "", issuedOn: "", url: "" };

function DocumentForm({
  defaultValues,
  submitLabel,
  submit,
  onSaved,
  onCancel,
}: {
  defaultValues: DocumentEditorValues;
  submitLabel: string;
  submit: (values: DocumentEditorValues) => Promise<ActionResult<unknown>>;
  /** Called after a successful save; returns the message to show (the create form clears itself). */
  onSaved: (reset: () => void) => string | null;
  onCancel?: () => void;
}) {
  const uid = useId();
  const router = useRouter();
  const form = useForm<DocumentEditorValues>({ resolver: zodResolver(documentEditorSchema), defaultValues });
  const e = form.formState.errors;
  const { notice, run } = useFormAction(form.setError);
  const onSubmit = form.handleSubmit((values) =>
    run(
      () => submit(values),
      () => {
        router.refresh();
        return onSaved(() => form.reset(EMPTY));
      },
    ),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField id={`${uid}-code`} label="Số, ký hiệu" hint="Ví dụ: 749/QĐ-TTg" error={e.code?.message} required {...form.register("code")} />
        <TextField
          id={`${uid}-date`}
          label="Ngày ban hành"
          hint="Dạng dd/MM/yyyy, ví dụ 03/06/2020. Có thể để trống."
          error={e.issuedOn?.message}
          inputMode="numeric"
          placeholder="dd/MM/yyyy"
          {...form.register("issuedOn")}
        />
      </div>
      <TextareaField id={`${uid}-title`} label="Tên văn bản (trích yếu)" error={e.title?.message} required rows={2} {...form.register("title")} />
      <TextField id={`${uid}-issuer`} label="Cơ quan ban hành" error={e.issuer?.message} {...form.register("issuer")} />
      <TextField
        id={`${uid}-url`}
        label="Đường dẫn đến văn bản"
        hint="Không bắt buộc. Chỉ nhận địa chỉ bắt đầu bằng http:// hoặc https://."
        error={e.url?.message}
        type="url"
        inputMode="url"
        autoComplete="off"
        {...form.register("url")}
      />
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      <div className="flex flex-wrap gap-2">
        {/* The label stays while sending: the staff journey (e2e) finds this form by its button. */}
        <SubmitButton size="sm" pending={form.formState.isSubmitting} pendingLabel={submitLabel}>
          {submitLabel}
        </SubmitButton>
        {onCancel ? (
          <Button size="sm" variant="ghost" onClick={onCancel}>
            Hủy
          </Button>
        ) : null}
      </div>
    </form>
  );
}

function DocumentRow({ doc, index, count, maxUploadBytes }: { doc: StaffDocument; index: number; count: number; maxUploadBytes: number }) {
  const uid = useId();
  const [isEditing, setEditing] = useState(false);
  const { pending, message, setMessage, run } = useActionRunner();
  const isUsed = doc.questions > 0;
  const name = <span className="sr-only">&nbsp;{doc.code}</span>;
  return (
    <li className="min-w-0 rounded-md border border-slate-200 p-3">
      <DocumentHeading document={doc} index={index} />
      <p id={`${uid}-meta`} className="mt-1 break-words text-xs text-slate-600">
        {[
          doc.issuer ? `Cơ quan ban hành: ${doc.issuer}` : null,
          doc.issuedOn ? `Ngày ban hành: ${formatIsoDateVn(doc.issuedOn)}` : null,
          `${doc.questions} câu hỏi`,
        ]
          .filter(Boolean)
          .join(" · ")}
        {isUsed ? " (đang dùng, không xóa được)" : ""}
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        <Button
          size="sm"
          variant="secondary"
          aria-expanded={isEditing}
          aria-controls={`${uid}-edit`}
          onClick={() => {
            setMessage(null);
            setEditing(!isEditing);
          }}
        >
          Sửa{name}
        </Button>
        <Button
          size="sm"
          variant="ghost"
          disabled={pending || index === 0}
          onClick={() => run(() => moveDocumentAction({ id: doc.id, direction: "up" }), "Đã chuyển lên.")}
        >
          Lên{name}
        </Button>
        <Button
          size="sm"
          variant="ghost"
          disabled={pending || index === count - 1}
          onClick={() => run(() => moveDocumentAction({ id: doc.id, direction: "down" }), "Đã chuyển xuống.")}
        >
          Xuống{name}
        </Button>
        <Button
          size="sm"
          variant="danger"
          disabled={pending || isUsed}
          aria-describedby={isUsed ? `${uid}-meta` : undefined}
          onClick={() => run(() => deleteDocumentAction({ id: doc.id }), "Đã xóa.")}
        >
          Xóa{name}
        </Button>
      </div>
      <DocumentFileEditor documentId={doc.id} code={doc.code} file={doc.file} maxUploadBytes={maxUploadBytes} />
      {message ? (
        <div className="mt-2">
          <Alert tone={message.tone}>{message.text}</Alert>
        </div>
      ) : null}
      {isEditing ? (
        <div id={`${uid}-edit`} className="mt-3 rounded-md bg-slate-50 p-3">
          <DocumentForm
            defaultValues={{
              code: doc.code,
              title: doc.title,
              issuer: doc.issuer,
              issuedOn: doc.issuedOn ? formatIsoDateVn(doc.issuedOn) : "",
              url: doc.url ?? "",
            }}
            submitLabel="Lưu văn bản"
            submit={(values) => updateDocumentAction({ ...values, id: doc.id })}
            onSaved={() => {
              setEditing(false);
              setMessage({ tone: "success", text: "Đã lưu." });
              return null;
            }}
            onCancel={() => setEditing(false)}
          />
        </div>
      ) : null}
    </li>
  );
}

export function DocumentsEditor({ contestId, documents, maxUploadBytes }: { contestId: string; documents: StaffDocument[]; maxUploadBytes: number }) {
  return (
    <div className="space-y-4">
      {documents.length ? (
        <ol className="space-y-2">
          {documents.map((d, i) => (
            <DocumentRow key={d.id} doc={d} index={i} count={documents.length} maxUploadBytes={maxUploadBytes} />
          ))}
        </ol>
      ) : (
        <p className="text-sm text-slate-600">Chưa có văn bản nào: trang Tài liệu đang trống.</p>
      )}
      <div className="rounded-md bg-slate-50 p-3">
        <h3 className="mb-2 text-base font-semibold">Thêm văn bản</h3>
        <DocumentForm
          defaultValues={EMPTY}
          submitLabel="Thêm văn bản"
          submit={(values) => createDocumentAction({ ...values, contestId })}
          onSaved={(reset) => {
            reset();
            return "Đã thêm văn bản.";
          }}
        />
      </div>
    </div>
  );
}
