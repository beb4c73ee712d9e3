"use client";
// Disqualify or reinstate one participant for a round, with the mandatory reason (docs/DOMAIN.md §9).
// The server records the decision with an audit entry and recomputes the ranking.
import { zodResolver } from "@hookform/resolvers/zod";
import { useId } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { TextareaField } from "@/components/ui/field";
import { disqualifyParticipantAction, reinstateParticipantAction } from "@/lib/winners/actions";
import { participantDecisionSchema, type ParticipantDecisionInput } from "@/lib/winners/schema";
import { useJuryForm } from "./use-jury-form";

export interface ParticipantDecisionFormProps {
  mode: "disqualify" | "reinstate";
  roundId: string;
  participantId: string;
  participantName: string;
}

export function ParticipantDecisionForm({ mode, roundId, participantId, participantName }: ParticipantDecisionFormProps) {
  const id = useId();
  const empty = { roundId, participantId, reason: "" };
  const { register, handleSubmit, setError, reset, formState } = useForm<ParticipantDecisionInput>({
    resolver: zodResolver(participantDecisionSchema),
    defaultValues: empty,
  });
  const { errors, isSubmitting } = formState;
  const { notice, submit } = useJuryForm(setError);
  const action = mode === "disqualify" ? disqualifyParticipantAction : reinstateParticipantAction;
  const onSubmit = (values: ParticipantDecisionInput) =>
    submit(
      () => action(values),
      () => reset(empty),
    );

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
        <TextareaField
          id={`${id}-reason`}
          label={mode === "disqualify" ? `Lý do loại ${participantName}` : `Lý do khôi phục ${participantName}`}
          rows={3}
          error={errors.reason?.message}
          {...register("reason")}
        />
        {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
        <SubmitButton pending={isSubmitting} pendingLabel="Đang lưu…" size="sm" variant={mode === "disqualify" ? "danger" : "primary"}>
          {mode === "disqualify" ? "Xác nhận loại" : "Xác nhận khôi phục"}
        </SubmitButton>
      </form>
    </details>
  );
}
