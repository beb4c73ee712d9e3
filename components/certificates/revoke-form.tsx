"use client";
// Revokes one certificate with a reason (audited); the number stays taken.
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { revokeCertificateAction } from "@/lib/certificates/actions";

export function RevokeForm({ certificateId, number }: { certificateId: string; number: string }) {
  const router = useRouter();
  const id = useId();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const result = await revokeCertificateAction({ certificateId, reason });
    setPending(false);
    if (!result.ok) {
      setError(result.fieldErrors?.reason?.join(" ") ?? result.error);
      return;
    }
    router.refresh();
  }

  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-red-700 underline">Thu hồi</summary>
      <form onSubmit={submit} className="mt-2 space-y-2">
        <label htmlFor={`${id}-reason`} className="block font-medium">
          Lý do thu hồi giấy chứng nhận số {number}
        </label>
        <textarea
          id={`${id}-reason`}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          rows={2}
          required
          aria-invalid={!!error}
          aria-describedby={error ? `${id}-error` : undefined}
          className="w-full min-w-48 rounded border border-slate-300 px-2 py-1"
        />
        {error ? (
          <p id={`${id}-error`} role="alert" className="text-red-700">
            {error}
          </p>
        ) : null}
        <button type="submit" disabled={pending} className="rounded bg-red-700 px-3 py-1 font-medium text-white disabled:opacity-60">
          {pending ? "Đang thu hồi…" : "Xác nhận thu hồi"}
        </button>
      </form>
    </details>
  );
}
