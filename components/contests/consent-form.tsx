"use client";
// The consent text (Nghị định 13/2023/NĐ-CP): each change is a new version; participants' consent
// records keep the version they accepted.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/ui/apply-field-errors";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { addConsentVersionAction } from "@/lib/contests/admin-actions";
import { consentTextSchema, type ConsentTextInput } from "@/lib/contests/schema";

export function ConsentForm({ contestId, current }: { contestId: string; current: { version: number; text: string; createdAt: string } | null }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const form = useForm<ConsentTextInput>({ resolver: zodResolver(consentTextSchema), defaultValues: { contestId, text: current?.text ?? "" } });
  const e = form.formState.errors;
  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await addConsentVersionAction(values);
    if (result.ok) {
      setMessage({ tone: "success", text: `Đã lưu phiên bản ${result.data.version}. Thí sinh đăng ký từ nay đồng ý với phiên bản này.` });
      router.refresh();
      return;
    }
    applyFieldErrors(form.setError, result.fieldErrors);
    setMessage({ tone: "error", text: result.error });
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <p className="text-sm text-slate-700">
        {current ? <>Phiên bản hiện hành: <strong>{current.version}</strong> (từ {current.createdAt}).</> : "Chưa có nội dung đồng ý: thí sinh chưa thể đăng ký."}
      </p>
      <Field id="consent-text" label="Nội dung đồng ý xử lý dữ liệu cá nhân" error={e.text?.message} required>
        {(a) => <textarea {...a} {...form.register("text")} rows={6} className={inputClass} />}
      </Field>
      {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}
      <Button type="submit" disabled={form.formState.isSubmitting}>Lưu thành phiên bản mới</Button>
    </form>
  );
}
