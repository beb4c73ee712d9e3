"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, type Path } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import { changeOwnPasswordAction } from "@/lib/staff/actions";
import { changeOwnPasswordSchema, type ChangeOwnPasswordInput } from "@/lib/staff/schema";

export function ChangePasswordForm() {
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const { register, handleSubmit, formState, setError, reset } = useForm<ChangeOwnPasswordInput>({
    resolver: zodResolver(changeOwnPasswordSchema),
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
  });
  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    const result = await changeOwnPasswordAction(values);
    if (result.ok) {
      reset();
      setMessage({ tone: "success", text: "Đã đổi mật khẩu. Các thiết bị khác đã được đăng xuất; lần đăng nhập sau hãy dùng mật khẩu mới." });
      return;
    }
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) setError(field as Path<ChangeOwnPasswordInput>, { message: messages.join(" ") });
    setMessage({ tone: "error", text: result.error });
  });
  const e = formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 rounded-lg bg-white p-4 shadow-sm">
      <Field id="currentPassword" label="Mật khẩu hiện tại" error={e.currentPassword?.message} required>
        {(a) => <input {...a} {...register("currentPassword")} type="password" autoComplete="current-password" className={inputClass} />}
      </Field>
      <Field id="newPassword" label="Mật khẩu mới" error={e.newPassword?.message} required hint="Ít nhất 10 ký tự; nên dùng một cụm từ dễ nhớ.">
        {(a) => <input {...a} {...register("newPassword")} type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
      <Field id="confirmPassword" label="Nhập lại mật khẩu mới" error={e.confirmPassword?.message} required>
        {(a) => <input {...a} {...register("confirmPassword")} type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
      {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}
      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Đang lưu…" : "Đổi mật khẩu"}
      </Button>
    </form>
  );
}
