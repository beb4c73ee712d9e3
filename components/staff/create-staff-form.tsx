"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";
import { ROLE_LABEL, STAFF_ROLES } from "@/lib/auth/roles";
import { createStaffAction } from "@/lib/staff/actions";
import { createStaffSchema, type CreateStaffInput } from "@/lib/staff/schema";

export function CreateStaffForm() {
  const router = useRouter();
  const { register, handleSubmit, formState, setError, reset } = useForm<CreateStaffInput>({
    resolver: zodResolver(createStaffSchema),
    defaultValues: { username: "", fullName: "", role: "EDITOR", password: "" },
  });
  const { notice, run } = useFormAction(setError);
  const onSubmit = handleSubmit((values) =>
    run(
      () => createStaffAction(values),
      () => {
        reset();
        router.refresh();
        return `Đã tạo tài khoản ${values.username.trim().toLowerCase()}. Hãy gửi mật khẩu ban đầu cho người dùng qua kênh an toàn.`;
      },
    ),
  );
  const e = formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="mt-3 grid gap-4 sm:grid-cols-2">
      <Field id="new-username" label="Tên đăng nhập" error={e.username?.message} required>
        {(a) => <input {...a} {...register("username")} className={inputClass} autoComplete="off" autoCapitalize="none" spellCheck={false} />}
      </Field>
      <Field id="new-fullName" label="Họ và tên" error={e.fullName?.message} required>
        {(a) => <input {...a} {...register("fullName")} className={inputClass} autoComplete="off" />}
      </Field>
      <Field id="new-role" label="Vai trò" error={e.role?.message} required>
        {(a) => (
          <select {...a} {...register("role")} className={inputClass}>
            {STAFF_ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABEL[r]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="new-password" label="Mật khẩu ban đầu" error={e.password?.message} required hint="Ít nhất 10 ký tự.">
        {(a) => <input {...a} {...register("password")} type="password" className={inputClass} autoComplete="new-password" />}
      </Field>
      <div className="space-y-3 sm:col-span-2">
        {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
        <SubmitButton pending={formState.isSubmitting} pendingLabel="Đang tạo…">
          Tạo tài khoản
        </SubmitButton>
      </div>
    </form>
  );
}
