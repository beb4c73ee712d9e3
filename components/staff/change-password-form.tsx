"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";
import { changeOwnPasswordAction } from "@/lib/staff/actions";
import { changeOwnPasswordSchema, type ChangeOwnPasswordInput } from "@/lib/staff/schema";

export function ChangePasswordForm() {
  const { register, handleSubmit, formState, setError, reset } = useForm<ChangeOwnPasswordInput>({
    resolver: zodResolver(changeOwnPasswordSchema),
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
  });
  const { notice, run } = useFormAction(setError);
  const onSubmit = handleSubmit((values) =>
    run(
      () => changeOwnPasswordAction(values),
      () => {
        reset();
        return "Đã đổi mật khẩu. Các thiết bị khác đã được đăng xuất; lần đăng nhập sau hãy dùng mật khẩu mới.";
      },
    ),
  );
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
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      <SubmitButton pending={formState.isSubmitting} pendingLabel="Đang lưu…">
        Đổi mật khẩu
      </SubmitButton>
    </form>
  );
}
