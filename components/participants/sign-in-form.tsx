"use client";
// Participant sign-in (/dang-nhap): CCCD or phone + password, through next-auth's "participant"
// credentials provider. Shows its Vietnamese errors, including the rate limit's wait time.
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { signInWithCredentials } from "@/lib/auth/sign-in-client";
import { signInSchema, type SignInInput } from "@/lib/participants/schema";

export interface SignInFormProps {
  contestId: string;
  nextUrl: string;
  signIn?: typeof signInWithCredentials;
  navigate?: (url: string) => void;
}

export function SignInForm({ contestId, nextUrl, signIn = signInWithCredentials, navigate = (url) => window.location.assign(url) }: SignInFormProps) {
  const [error, setError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<SignInInput>({ resolver: zodResolver(signInSchema, undefined, { raw: true }), defaultValues: { identifier: "", password: "" } });

  const onSubmit = async (values: SignInInput) => {
    setError(null);
    const result = await signIn("participant", { contestId, identifier: values.identifier.trim(), password: values.password });
    if (result.ok) navigate(nextUrl);
    else setError(result.error);
  };

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="min-w-0 space-y-4">
      <TextField
        id="dn-identifier"
        label="Số CCCD hoặc số điện thoại"
        required
        inputMode="numeric"
        autoComplete="username"
        error={errors.identifier?.message}
        {...register("identifier")}
      />
      <TextField
        id="dn-password"
        label="Mật khẩu"
        required
        type="password"
        autoComplete="current-password"
        error={errors.password?.message}
        {...register("password")}
      />
      <Alert tone="error">{error}</Alert>
      <SubmitButton pending={isSubmitting} pendingLabel="Đang đăng nhập…" className="w-full sm:w-auto">
        Đăng nhập
      </SubmitButton>
    </form>
  );
}
