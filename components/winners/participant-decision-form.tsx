"use client";
// Disqualify or reinstate one participant for a round, with the mandatory reason (docs/DOMAIN.md §9).
// The server records the decision with an audit entry and recomputes the ranking.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/ui/apply-field-errors";
import { disqualifyParticipantAction, reinstateParticipantAction } from "@/lib/winners/actions";
import { disqualifySchema, type DisqualifyInput } from "@/lib/winners/schema";

export interface ParticipantDecisionFormProps {
  mode: "disqualify" | "reinstate";
  roundId: string;
  participantId: string;
  participantName: string;
}

export function ParticipantDecisionForm({ mode, roundId, participantId, participantName }: ParticipantDecisionFormProps) {
  const router = useRouter();
  const id = useId();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<DisqualifyInput>({ resolver: zodResolver(disqualifySchema), defaultValues: { roundId, participantId, reason: "" } });

  const onSubmit = async (values: DisqualifyInput) => {
    setMessage(null);
    const action = mode === "disqualify" ? disqualifyParticipantAction : reinstateParticipantAction;
    const result = await action(values);
    if (!result.ok) {
      applyFieldErrors(setError, result.fieldErrors);
      setMessage({ tone: "error", text: result.error });
      return;
    }
    reset({ roundId, participantId, reason: "" });
    setMessage({ tone: "success", text: result.data.message });
    router.refresh();
  };

  const reasonError = errors.reason?.message;
  const label = mode === "disqualify" ? "Loại" : "Khôi phục";
  return (
    <details className="text-sm">
      <summary className={`cursor-pointer underline ${mode === "disqualify" ? "text-red-700" : "text-brand-700"}`}>
        {label}
        <span className="sr-only"> {participantName}</span>
      </summary>
      <form onSubmit={handleSubmit(onSubmit)} noValidate className="mt-2 w-64 max-w-full space-y-2">
        <input type="hidden" {...register("roundId")} />
        <input type="hidden" {...register("participantId")} />
        <label htmlFor={`${id}-reason`} className="block font-medium">
          {mode === "disqualify" ? `Lý do loại ${participantName}` : `Lý do khôi phục ${participantName}`}
        </label>
        <textarea
          id={`${id}-reason`}
          rows={3}
          aria-invalid={!!reasonError}
          aria-describedby={reasonError ? `${id}-error` : undefined}
          className="w-full rounded border border-slate-300 px-2 py-1"
          {...register("reason")}
        />
        {reasonError ? (
          <p id={`${id}-error`} className="text-red-700">
            {reasonError}
          </p>
        ) : null}
        {message ? (
          <p role={message.tone === "error" ? "alert" : "status"} className={message.tone === "error" ? "text-red-700" : "text-green-800"}>
            {message.text}
          </p>
        ) : null}
        <button
          type="submit"
          disabled={isSubmitting}
          className={`rounded px-3 py-1.5 font-medium text-white disabled:opacity-60 ${mode === "disqualify" ? "bg-red-700" : "bg-brand-700"}`}
        >
          {isSubmitting ? "Đang lưu…" : mode === "disqualify" ? "Xác nhận loại" : "Xác nhận khôi phục"}
        </button>
      </form>
    </details>
  );
}
