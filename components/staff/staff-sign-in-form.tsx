"use client";
// Staff sign-in (next-auth "staff" credentials). Errors from the server (wrong password, lockout,
// rate limit with its wait time) are shown as they come.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { signInWithCredentials } from "@/lib/auth/sign-in-client";
import { staffSignInSchema, type StaffSignInInput } from "@/lib/staff/schema";

export function StaffSignInForm({ next }: { next: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<StaffSignInInput>({
    resolver: zodResolver(staffSignInSchema),
    defaultValues: { username: "", password: "" },
  });
  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    const result = await signInWithCredentials("staff", { username: values.username.trim(), password: values.password });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    router.replace(next);
    router.refresh();
  });
  const e = formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 space-y-4">
      <Field id="username" label="Tên đăng nhập" error={e.username?.message} required>
        {(a) => <input {...a} {...register("username")} className={inputClass} autoComplete="username" autoCapitalize="none" spellCheck={false} />}
      </Field>
      <Field id="password" label="Mật khẩu" error={e.password?.message} required>
        {(a) => <input {...a} {...register("password")} type="password" className={inputClass} autoComplete="current-password" />}
      </Field>
      <Alert tone="error">{error}</Alert>
      <Button type="submit" className="w-full" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Đang đăng nhập…" : "Đăng nhập"}
      </Button>
    </form>
  );
}
