"use client";
// The consent text (Nghị định 13/2023/NĐ-CP): each change is a new version; participants' consent
// records keep the version they accepted.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { TextareaField } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";
import { addConsentVersionAction } from "@/lib/contests/admin-actions";
import { consentTextSchema, type ConsentTextInput } from "@/lib/contests/schema";

export function ConsentForm({ contestId, current }: { contestId: string; current: { version: number; text: string; createdAt: string } | null }) {
  const router = useRouter();
  const form = useForm<ConsentTextInput>({ resolver: zodResolver(consentTextSchema), defaultValues: { contestId, text: current?.text ?? "" } });
  const { notice, run } = useFormAction(form.setError);
  const onSubmit = form.handleSubmit((values) =>
    run(
      () => addConsentVersionAction(values),
      (data) => {
        router.refresh();
        return `Đã lưu phiên bản ${data.version}. Thí sinh đăng ký từ nay đồng ý với phiên bản này.`;
      },
    ),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <p className="text-sm text-slate-700">
        {current ? (
          <>
            Phiên bản hiện hành: <strong>{current.version}</strong> (từ {current.createdAt}).
          </>
        ) : (
          "Chưa có nội dung đồng ý: thí sinh chưa thể đăng ký."
        )}
      </p>
      <TextareaField
        id="consent-text"
        label="Nội dung đồng ý xử lý dữ liệu cá nhân"
        error={form.formState.errors.text?.message}
        required
        rows={6}
        {...form.register("text")}
      />
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      <SubmitButton pending={form.formState.isSubmitting} pendingLabel="Đang lưu…">
        Lưu thành phiên bản mới
      </SubmitButton>
    </form>
  );
}
