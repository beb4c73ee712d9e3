"use client";
// Choosing a new password on /dat-lai-mat-khau (docs/SECURITY.md "Account recovery"): with the
// e-mailed link (the token is in the address) or with the SMS code (the account named again by its
// phone or CCCD). Registration's password rules, checked here and again by the server action.
import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useState } from "react";
import { useForm, type FieldValues, type UseFormRegisterReturn, type UseFormSetError } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionResult } from "@/lib/actions/result";
import { resetByCodeSchema, resetByLinkSchema, type ResetByCodeInput, type ResetByLinkInput } from "@/lib/participants/recovery-schema";
import { RECOVERY_TTL_MINUTES } from "@/lib/participants/recovery-channel";
import { LIMITS } from "@/lib/participants/schema";

type ResetAction<T> = (input: T) => Promise<ActionResult<undefined>>;

const PASSWORD_HINT = `Ít nhất ${LIMITS.passwordMin} ký tự, có cả chữ và số.`;

type Registered = UseFormRegisterReturn;

function NewPasswordFields({ idPrefix, password, confirm }: { idPrefix: string; password: [Registered, string?]; confirm: [Registered, string?] }) {
  return (
    <>
      <TextField
        id={`${idPrefix}-password`}
        label="Mật khẩu mới"
        required
        type="password"
        autoComplete="new-password"
        hint={PASSWORD_HINT}
        error={password[1]}
        {...password[0]}
      />
      <TextField
        id={`${idPrefix}-password-confirm`}
        label="Nhập lại mật khẩu mới"
        required
        type="password"
        autoComplete="new-password"
        error={confirm[1]}
        {...confirm[0]}
      />
    </>
  );
}

function Done() {
  return (
    <Alert tone="success" title="Đã đặt mật khẩu mới.">
      <p>Mọi phiên đăng nhập trước đây của tài khoản đã kết thúc. Hãy đăng nhập lại bằng mật khẩu mới.</p>
      <p className="mt-2">
        <Link href="/dang-nhap" className="font-semibold underline">
          Đăng nhập
        </Link>
      </p>
    </Alert>
  );
}

/** Both forms: send, show the server's refusal on its fields, or the "done" notice on success. */
function useResetSubmit<T extends FieldValues>(setError: UseFormSetError<T>, fields: Set<string>, send: (values: T) => Promise<ActionResult<undefined>>) {
  const { notice, run } = useFormAction(setError, { fields, shouldFocus: true });
  const [done, setDone] = useState(false);
  const submit = (values: T) =>
    run(
      () => send(values),
      () => setDone(true),
    );
  return { notice, done, submit };
}

function ResetFooter({ notice, pending }: { notice: ReturnType<typeof useFormAction>["notice"]; pending: boolean }) {
  return (
    <>
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      <SubmitButton pending={pending} pendingLabel="Đang lưu…" className="w-full sm:w-auto">
        Đặt mật khẩu mới
      </SubmitButton>
    </>
  );
}

const LINK_FIELDS = new Set(["password", "passwordConfirm"]);

export function LinkResetForm({ token, action }: { token: string; action: ResetAction<ResetByLinkInput> }) {
  const { register, handleSubmit, setError, formState } = useForm<ResetByLinkInput>({
    resolver: zodResolver(resetByLinkSchema, undefined, { raw: true }),
    defaultValues: { token, password: "", passwordConfirm: "" },
  });
  const { notice, done, submit } = useResetSubmit(setError, LINK_FIELDS, (values) => action({ ...values, token }));
  if (done) return <Done />;
  return (
    <form onSubmit={handleSubmit(submit)} noValidate className="min-w-0 space-y-4">
      <NewPasswordFields
        idPrefix="dl"
        password={[register("password"), formState.errors.password?.message]}
        confirm={[register("passwordConfirm"), formState.errors.passwordConfirm?.message]}
      />
      <ResetFooter notice={notice} pending={formState.isSubmitting} />
    </form>
  );
}

const CODE_FIELDS = new Set(["identifier", "code", "password", "passwordConfirm"]);

export function CodeResetForm({ contestId, identifier = "", action }: { contestId: string; identifier?: string; action: ResetAction<ResetByCodeInput> }) {
  const { register, handleSubmit, setError, formState } = useForm<ResetByCodeInput>({
    resolver: zodResolver(resetByCodeSchema, undefined, { raw: true }),
    defaultValues: { contestId, identifier, code: "", password: "", passwordConfirm: "" },
  });
  const { notice, done, submit } = useResetSubmit(setError, CODE_FIELDS, (values) => action({ ...values, contestId }));
  if (done) return <Done />;
  return (
    <form onSubmit={handleSubmit(submit)} noValidate className="min-w-0 space-y-4">
      <TextField
        id="ma-identifier"
        label="Số điện thoại hoặc số CCCD"
        required
        inputMode="numeric"
        autoComplete="username"
        error={formState.errors.identifier?.message}
        {...register("identifier")}
      />
      <TextField
        id="ma-code"
        label="Mã xác nhận (6 chữ số)"
        required
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={9}
        hint={`Mã trong tin nhắn SMS, hiệu lực ${RECOVERY_TTL_MINUTES.SMS} phút.`}
        error={formState.errors.code?.message}
        {...register("code")}
      />
      <NewPasswordFields
        idPrefix="ma"
        password={[register("password"), formState.errors.password?.message]}
        confirm={[register("passwordConfirm"), formState.errors.passwordConfirm?.message]}
      />
      <ResetFooter notice={notice} pending={formState.isSubmitting} />
    </form>
  );
}
