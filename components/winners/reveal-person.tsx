"use client";
// "Hiện thông tin": one ranked person's full CCCD, phone and birth date, shown to the juror who
// asked with a reason. The server checks the role, records the reason in the audit log and sends
// only this person's data (lib/winners/reveal-actions.ts); the page itself holds masked values.
import { zodResolver } from "@hookform/resolvers/zod";
import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";
import type { RevealedIdentity } from "@/lib/winners/reveal";
import { revealParticipantAction } from "@/lib/winners/reveal-actions";
import { revealParticipantSchema, type RevealParticipantInput } from "@/lib/winners/reveal-schema";

function formatBirthDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return d && m && y ? `${d}/${m}/${y}` : iso;
}

export function RevealPerson({ roundId, participantId, participantName }: { roundId: string; participantId: string; participantName: string }) {
  const id = useId();
  const [revealed, setRevealed] = useState<RevealedIdentity | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<RevealParticipantInput>({ resolver: zodResolver(revealParticipantSchema), defaultValues: { roundId, participantId, reason: "" } });
  const { notice, run } = useFormAction(setError);

  const onSubmit = (values: RevealParticipantInput) => run(() => revealParticipantAction(values), setRevealed);

  if (revealed) {
    return (
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2 text-xs text-slate-800" aria-label={`Thông tin đầy đủ của ${participantName}`}>
        <dt>CCCD</dt>
        <dd>{revealed.cccd}</dd>
        <dt>Điện thoại</dt>
        <dd>{revealed.phone}</dd>
        <dt>Ngày sinh</dt>
        <dd>{formatBirthDate(revealed.birthDate)}</dd>
      </dl>
    );
  }
  return (
    <details className="mt-1 text-xs">
      <summary className="cursor-pointer text-brand-700 underline">
        Hiện thông tin<span className="sr-only"> của {participantName}</span>
      </summary>
      <form onSubmit={handleSubmit(onSubmit)} noValidate className="mt-1 w-56 max-w-full space-y-1">
        <input type="hidden" {...register("roundId")} />
        <input type="hidden" {...register("participantId")} />
        <TextField id={`${id}-reason`} label={`Lý do xem thông tin của ${participantName}`} error={errors.reason?.message} {...register("reason")} />
        {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
        <SubmitButton size="sm" pending={isSubmitting} pendingLabel="Đang mở…">
          Xem (được ghi nhật ký)
        </SubmitButton>
      </form>
    </details>
  );
}
