"use client";
// Staff reset a participant's forgotten password with a reason. The temporary password is shown
// once, here, to be read out to the participant by phone; it is not stored anywhere readable.
import { useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { TextareaField } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/result";
import { STAFF_REASON_MIN, type ResetParticipantPasswordInput } from "@/lib/participants/staff-schema";

export type ResetPasswordAction = (input: ResetParticipantPasswordInput) => Promise<ActionResult<{ temporaryPassword: string }>>;

export function StaffPasswordResetForm({ participantId, action }: { participantId: string; action: ResetPasswordAction }) {
  const id = useId();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<{ form: string; reason?: string } | null>(null);
  const [pending, setPending] = useState(false);
  const [temporaryPassword, setTemporaryPassword] = useState<string | null>(null);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    setTemporaryPassword(null);
    const result = await action({ participantId, reason });
    setPending(false);
    if (!result.ok) {
      setError({ form: result.error, reason: result.fieldErrors?.reason?.join(" ") });
      return;
    }
    setReason("");
    setTemporaryPassword(result.data.temporaryPassword);
  }

  return (
    <form onSubmit={submit} noValidate className="min-w-0 space-y-3" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="text-lg font-semibold text-brand-800">
        Đặt lại mật khẩu
      </h2>
      <p className="text-sm text-slate-600">
        Dùng khi thí sinh quên mật khẩu và đã được xác minh (ví dụ gọi lại đúng số điện thoại đã đăng ký). Mật khẩu cũ sẽ không dùng được nữa.
      </p>
      <TextareaField
        id={`${id}-reason`}
        label="Lý do đặt lại mật khẩu"
        required
        rows={2}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        hint={`Ít nhất ${STAFF_REASON_MIN} ký tự, ví dụ: “Thí sinh gọi điện báo quên mật khẩu, đã xác minh”.`}
        error={error?.reason}
      />
      <Alert tone="error">{error?.form}</Alert>
      {temporaryPassword ? (
        <Alert tone="success">
          <p>
            Mật khẩu tạm thời: <strong className="font-mono text-lg tracking-wider">{temporaryPassword}</strong>
          </p>
          <p className="mt-1">
            Mật khẩu chỉ hiển thị một lần. Hãy gọi điện và đọc cho thí sinh (từng nhóm 4 ký tự, có dấu gạch ngang); không gửi qua nhóm chat hay nơi công khai.
          </p>
        </Alert>
      ) : null}
      <SubmitButton pending={pending} pendingLabel="Đang đặt lại…" className="w-full sm:w-auto">
        Đặt lại mật khẩu
      </SubmitButton>
    </form>
  );
}
