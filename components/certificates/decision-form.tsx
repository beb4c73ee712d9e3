"use client";
// The round's award decision (số và ngày quyết định khen thưởng), printed on every certificate.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { setRoundDecisionAction } from "@/lib/certificates/actions";
import { decisionSchema, type DecisionInput } from "@/lib/certificates/schema";

export function DecisionForm({ roundId, decisionNumber, decisionDate }: { roundId: string; decisionNumber: string | null; decisionDate: string | null }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<DecisionInput>({
    resolver: zodResolver(decisionSchema),
    defaultValues: { roundId, decisionNumber: decisionNumber ?? "", decisionDate: decisionDate ?? "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    const result = await setRoundDecisionAction(values);
    if (!result.ok) {
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
        if (field === "decisionNumber" || field === "decisionDate") setError(field, { message: messages.join(" ") });
      }
      setMessage({ ok: false, text: result.error });
      return;
    }
    setMessage({ ok: true, text: "Đã lưu quyết định khen thưởng." });
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <input type="hidden" {...register("roundId")} />
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor="decisionNumber" className="block text-sm font-medium">
            Số quyết định
          </label>
          <input
            id="decisionNumber"
            placeholder="Ví dụ: 17/QĐ-STTTT"
            aria-invalid={!!errors.decisionNumber}
            aria-describedby={errors.decisionNumber ? "decisionNumber-error" : undefined}
            className="mt-1 w-full rounded border border-slate-300 px-3 py-2"
            {...register("decisionNumber")}
          />
          {errors.decisionNumber ? (
            <p id="decisionNumber-error" className="mt-1 text-sm text-red-700">
              {errors.decisionNumber.message}
            </p>
          ) : null}
        </div>
        <div>
          <label htmlFor="decisionDate" className="block text-sm font-medium">
            Ngày quyết định
          </label>
          <input
            id="decisionDate"
            type="date"
            aria-invalid={!!errors.decisionDate}
            aria-describedby={errors.decisionDate ? "decisionDate-error" : undefined}
            className="mt-1 w-full rounded border border-slate-300 px-3 py-2"
            {...register("decisionDate")}
          />
          {errors.decisionDate ? (
            <p id="decisionDate-error" className="mt-1 text-sm text-red-700">
              {errors.decisionDate.message}
            </p>
          ) : null}
        </div>
      </div>
      {message ? (
        <p role={message.ok ? "status" : "alert"} className={message.ok ? "text-sm text-green-800" : "text-sm text-red-700"}>
          {message.text}
        </p>
      ) : null}
      <button type="submit" disabled={isSubmitting} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {isSubmitting ? "Đang lưu…" : "Lưu quyết định"}
      </button>
    </form>
  );
}
