"use client";
// Asking for a password reset on /quen-mat-khau (docs/SECURITY.md "Account recovery"). The answer
// is the same whether or not the account exists; it says where a link or code may have gone and
// offers the SMS code's form right away, with the phone or CCCD already filled in.
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button, SubmitButton } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionResult } from "@/lib/actions/result";
import { RECOVERY_TTL_MINUTES } from "@/lib/participants/recovery-channel";
import { parseRecoveryIdentifier, recoveryRequestSchema, type RecoveryRequestInput, type ResetByCodeInput } from "@/lib/participants/recovery-schema";
import { CodeResetForm } from "./password-reset-forms";

export interface RecoveryRequestFormProps {
  contestId: string;
  /** The server actions (props, so the form stays a client leaf and tests can pass mocks). */
  request: (input: RecoveryRequestInput) => Promise<ActionResult<undefined>>;
  resetByCode: (input: ResetByCodeInput) => Promise<ActionResult<undefined>>;
}

const FIELDS = new Set(["identifier"]);

export function RecoveryRequestForm({ contestId, request, resetByCode }: RecoveryRequestFormProps) {
  const [sentFor, setSentFor] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<RecoveryRequestInput>({
    resolver: zodResolver(recoveryRequestSchema, undefined, { raw: true }),
    defaultValues: { contestId, identifier: "" },
  });
  const { notice, run } = useFormAction(setError, { fields: FIELDS, shouldFocus: true });
  const submit = (values: RecoveryRequestInput) =>
    run(
      () => request({ ...values, contestId }),
      () => setSentFor(values.identifier.trim()),
    );

  if (sentFor !== null) {
    const id = parseRecoveryIdentifier(sentFor);
    return (
      <div className="min-w-0 space-y-4">
        <Alert tone="success" title="Yêu cầu đã được ghi nhận.">
          <p>
            Nếu thông tin bạn nhập khớp với một tài khoản dự thi, chúng tôi vừa gửi hướng dẫn đặt lại mật khẩu: đường liên kết tới email đã đăng ký (dùng được
            trong {RECOVERY_TTL_MINUTES.EMAIL} phút), hoặc mã xác nhận 6 chữ số qua SMS tới số điện thoại đã đăng ký (dùng được trong {RECOVERY_TTL_MINUTES.SMS}{" "}
            phút).
          </p>
        </Alert>
        <h2 className="text-lg font-semibold text-brand-800">Nhận được mã qua SMS?</h2>
        <CodeResetForm contestId={contestId} identifier={id && id.kind !== "email" ? sentFor : ""} action={resetByCode} />
        <p className="text-sm text-slate-600">Không nhận được sau vài phút? Kiểm tra thư mục thư rác, hoặc gửi lại yêu cầu.</p>
        <Button variant="secondary" onClick={() => setSentFor(null)}>
          Gửi lại yêu cầu
        </Button>
      </div>
    );
  }

  return (
    <form onSubmit={handleSubmit(submit)} noValidate className="min-w-0 space-y-4">
      <TextField
        id="qmk-identifier"
        label="Số điện thoại, số CCCD hoặc email đã đăng ký"
        required
        autoComplete="username"
        hint="Nhập email: nhận đường liên kết qua email. Nhập số điện thoại: nhận mã qua SMS. Nhập số CCCD: qua email nếu bạn đã đăng ký email, nếu không qua SMS."
        error={formState.errors.identifier?.message}
        {...register("identifier")}
      />
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      <SubmitButton pending={formState.isSubmitting} pendingLabel="Đang gửi…" className="w-full sm:w-auto">
        Gửi hướng dẫn đặt lại mật khẩu
      </SubmitButton>
    </form>
  );
}
