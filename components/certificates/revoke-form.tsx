"use client";
// Revokes one certificate with a reason (audited); the number stays taken.
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { TextareaField } from "@/components/ui/field";
import { revokeCertificateAction } from "@/lib/certificates/actions";

export function RevokeForm({ certificateId, number }: { certificateId: string; number: string }) {
  const router = useRouter();
  const id = useId();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<{ form: string; reason?: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const result = await revokeCertificateAction({ certificateId, reason });
    setPending(false);
    if (!result.ok) {
      setError({ form: result.error, reason: result.fieldErrors?.reason?.join(" ") });
      return;
    }
    router.refresh();
  }

  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-red-700 underline">Thu hồi</summary>
      <form onSubmit={submit} noValidate className="mt-2 space-y-2">
        <div className="min-w-48">
          <TextareaField
            id={`${id}-reason`}
            label={`Lý do thu hồi giấy chứng nhận số ${number}`}
            required
            rows={2}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={error?.reason}
          />
        </div>
        <Alert tone="error">{error?.form}</Alert>
        <SubmitButton pending={pending} pendingLabel="Đang thu hồi…" variant="danger" size="sm">
          Xác nhận thu hồi
        </SubmitButton>
      </form>
    </details>
  );
}
