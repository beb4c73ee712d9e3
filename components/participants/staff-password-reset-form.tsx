"use client";
// Staff reset a participant's forgotten password with a reason. The temporary password is shown
// once, here, to be read out to the participant by phone; it is not stored anywhere readable.
import { useId, useState } from "react";
import { FormAlert, SubmitButton } from "@/components/forms/fields";
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

  const reasonError = error?.reason;
  return (
    <form onSubmit={submit} noValidate className="min-w-0 space-y-3" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="text-lg font-semibold text-brand-800">
        Đặt lại mật khẩu
      </h2>
      <p className="text-sm text-slate-600">Dùng khi thí sinh quên mật khẩu và đã được xác minh (ví dụ gọi lại đúng số điện thoại đã đăng ký). Mật khẩu cũ sẽ không dùng được nữa.</p>
      <div>
        <label htmlFor={`${id}-reason`} className="block font-medium text-slate-800">
          Lý do đặt lại mật khẩu<span className="text-red-700" aria-hidden="true"> *</span>
        </label>
        <textarea
          id={`${id}-reason`}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          rows={2}
          aria-required
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={`${id}-hint${reasonError ? ` ${id}-error` : ""}`}
          className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2 text-base"
        />
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
          Ít nhất {STAFF_REASON_MIN} ký tự, ví dụ: “Thí sinh gọi điện báo quên mật khẩu, đã xác minh”.
        </p>
        {reasonError ? (
          <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
            {reasonError}
          </p>
        ) : null}
      </div>
      <FormAlert>{error?.form}</FormAlert>
      {temporaryPassword ? (
        <div role="status" className="rounded-lg border border-green-300 bg-green-50 px-4 py-3 text-sm text-green-900">
          <p>
            Mật khẩu tạm thời: <strong className="font-mono text-lg tracking-wider">{temporaryPassword}</strong>
          </p>
          <p className="mt-1">
            Mật khẩu chỉ hiển thị một lần. Hãy gọi điện và đọc cho thí sinh (từng nhóm 4 ký tự, có dấu gạch ngang); không gửi qua nhóm chat hay nơi công khai.
          </p>
        </div>
      ) : null}
      <SubmitButton pending={pending} pendingLabel="Đang đặt lại…">
        Đặt lại mật khẩu
      </SubmitButton>
    </form>
  );
}
