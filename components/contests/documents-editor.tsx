"use client";
// The contest's study documents ("Tài liệu", listed on the public /tai-lieu page in this order):
// add, edit, reorder, delete when no question uses them. Dates are entered and shown as dd/MM/yyyy.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/ui/apply-field-errors";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/result";
import { createDocumentAction, deleteDocumentAction, moveDocumentAction, updateDocumentAction } from "@/lib/contests/admin-actions";
import { documentEditorSchema, type DocumentEditorValues } from "@/lib/contests/schema";
import { formatIsoDateVn } from "@/lib/time";
import { useActionRunner, type RunnerMessage } from "./use-action-runner";

export interface DocumentItem {
  id: string;
  code: string;
  title: string;
  issuer: string;
  issuedOn: string; // yyyy-MM-dd or ""
  url: string | null;
  questions: number;
}

const EMPTY: DocumentEditorValues = { code: "", title: "", issuer: "", issuedOn: "", url: "" };

function DocumentForm({ defaultValues, submitLabel, submit, onSaved, onCancel }: {
  defaultValues: DocumentEditorValues;
  submitLabel: string;
  submit: (values: DocumentEditorValues) => Promise<ActionResult<unknown>>;
  /** Called after a successful save; returns the message to show (the create form clears itself). */
  onSaved: (reset: () => void) => string | null;
  onCancel?: () => void;
}) {
  const uid = useId();
  const router = useRouter();
  const [message, setMessage] = useState<RunnerMessage>(null);
  const form = useForm<DocumentEditorValues>({ resolver: zodResolver(documentEditorSchema), defaultValues });
  const e = form.formState.errors;
  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await submit(values);
    if (result.ok) {
      const text = onSaved(() => form.reset(EMPTY));
      if (text) setMessage({ tone: "success", text });
      router.refresh();
      return;
    }
    applyFieldErrors(form.setError, result.fieldErrors);
    setMessage({ tone: "error", text: result.error });
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={`${uid}-code`} label="Số, ký hiệu" hint="Ví dụ: 749/QĐ-TTg" error={e.code?.message} required>
          {(a) => <input {...a} {...form.register("code")} className={inputClass} />}
        </Field>
        <Field id={`${uid}-date`} label="Ngày ban hành" hint="Dạng dd/MM/yyyy, ví dụ 03/06/2020. Có thể để trống." error={e.issuedOn?.message}>
          {(a) => <input {...a} {...form.register("issuedOn")} inputMode="numeric" placeholder="dd/MM/yyyy" className={inputClass} />}
        </Field>
      </div>
      <Field id={`${uid}-title`} label="Tên văn bản (trích yếu)" error={e.title?.message} required>
        {(a) => <textarea {...a} {...form.register("title")} rows={2} className={inputClass} />}
      </Field>
      <Field id={`${uid}-issuer`} label="Cơ quan ban hành" error={e.issuer?.message}>
        {(a) => <input {...a} {...form.register("issuer")} className={inputClass} />}
      </Field>
      <Field id={`${uid}-url`} label="Đường dẫn đến văn bản" hint="Không bắt buộc. Chỉ nhận địa chỉ bắt đầu bằng http:// hoặc https://." error={e.url?.message}>
        {(a) => <input {...a} {...form.register("url")} type="url" inputMode="url" autoComplete="off" className={inputClass} />}
      </Field>
      {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" size="sm" disabled={form.formState.isSubmitting}>{submitLabel}</Button>
        {onCancel ? <Button size="sm" variant="ghost" onClick={onCancel}>Hủy</Button> : null}
      </div>
    </form>
  );
}

function DocumentRow({ doc, index, count }: { doc: DocumentItem; index: number; count: number }) {
  const uid = useId();
  const [isEditing, setEditing] = useState(false);
  const { pending, message, setMessage, run } = useActionRunner();
  const isUsed = doc.questions > 0;
  const name = <span className="sr-only">&nbsp;{doc.code}</span>;
  return (
    <li className="min-w-0 rounded-md border border-slate-200 p-3">
      <p className="break-words text-sm font-semibold text-brand-700">{index + 1}. {doc.code}</p>
      <p className="mt-1 break-words text-slate-900">
        {doc.url ? <a href={doc.url} className="underline" rel="noopener noreferrer" target="_blank">{doc.title}</a> : doc.title}
      </p>
      <p id={`${uid}-meta`} className="mt-1 break-words text-xs text-slate-600">
        {[doc.issuer ? `Cơ quan ban hành: ${doc.issuer}` : null, doc.issuedOn ? `Ngày ban hành: ${formatIsoDateVn(doc.issuedOn)}` : null, `${doc.questions} câu hỏi`]
          .filter(Boolean)
          .join(" · ")}
        {isUsed ? " (đang dùng, không xóa được)" : ""}
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        <Button size="sm" variant="secondary" aria-expanded={isEditing} aria-controls={`${uid}-edit`} onClick={() => { setMessage(null); setEditing(!isEditing); }}>Sửa{name}</Button>
        <Button size="sm" variant="ghost" disabled={pending || index === 0} onClick={() => run(() => moveDocumentAction({ id: doc.id, direction: "up" }), "Đã chuyển lên.")}>Lên{name}</Button>
        <Button size="sm" variant="ghost" disabled={pending || index === count - 1} onClick={() => run(() => moveDocumentAction({ id: doc.id, direction: "down" }), "Đã chuyển xuống.")}>Xuống{name}</Button>
        <Button size="sm" variant="danger" disabled={pending || isUsed} aria-describedby={isUsed ? `${uid}-meta` : undefined} onClick={() => run(() => deleteDocumentAction({ id: doc.id }), "Đã xóa.")}>Xóa{name}</Button>
      </div>
      {message ? <div className="mt-2"><FormMessage tone={message.tone}>{message.text}</FormMessage></div> : null}
      {isEditing ? (
        <div id={`${uid}-edit`} className="mt-3 rounded-md bg-slate-50 p-3">
          <DocumentForm
            defaultValues={{ code: doc.code, title: doc.title, issuer: doc.issuer, issuedOn: doc.issuedOn ? formatIsoDateVn(doc.issuedOn) : "", url: doc.url ?? "" }}
            submitLabel="Lưu văn bản"
            submit={(values) => updateDocumentAction({ ...values, id: doc.id })}
            onSaved={() => { setEditing(false); setMessage({ tone: "success", text: "Đã lưu." }); return null; }}
            onCancel={() => setEditing(false)}
          />
        </div>
      ) : null}
    </li>
  );
}

export function DocumentsEditor({ contestId, documents }: { contestId: string; documents: DocumentItem[] }) {
  return (
    <div className="space-y-4">
      {documents.length ? (
        <ol className="space-y-2">
          {documents.map((d, i) => <DocumentRow key={d.id} doc={d} index={i} count={documents.length} />)}
        </ol>
      ) : <p className="text-sm text-slate-600">Chưa có văn bản nào: trang Tài liệu đang trống.</p>}
      <div className="rounded-md bg-slate-50 p-3">
        <h3 className="mb-2 text-base font-semibold">Thêm văn bản</h3>
        <DocumentForm
          defaultValues={EMPTY}
          submitLabel="Thêm văn bản"
          submit={(values) => createDocumentAction({ ...values, contestId })}
          onSaved={(reset) => { reset(); return "Đã thêm văn bản."; }}
        />
      </div>
    </div>
  );
}
