"use client";
// "Hiện thông tin": one ranked person's full CCCD, phone and birth date, shown to the juror who
// asked with a reason. The server checks the role, records the reason in the audit log and sends
// only this person's data (lib/winners/reveal-actions.ts); the page itself holds masked values.
import { zodResolver } from "@hookform/resolvers/zod";
import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/ui/apply-field-errors";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
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
  const [error, setErrorText] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<RevealParticipantInput>({ resolver: zodResolver(revealParticipantSchema), defaultValues: { roundId, participantId, reason: "" } });

  const onSubmit = async (values: RevealParticipantInput) => {
    setErrorText(null);
    const result = await revealParticipantAction(values);
    if (!result.ok) {
      applyFieldErrors(setError, result.fieldErrors);
      setErrorText(result.error);
      return;
    }
    setRevealed(result.data);
  };

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
  const reasonError = errors.reason?.message;
  return (
    <details className="mt-1 text-xs">
      <summary className="cursor-pointer text-brand-700 underline">
        Hiện thông tin<span className="sr-only"> của {participantName}</span>
      </summary>
      <form onSubmit={handleSubmit(onSubmit)} noValidate className="mt-1 w-56 max-w-full space-y-1">
        <input type="hidden" {...register("roundId")} />
        <input type="hidden" {...register("participantId")} />
        <label htmlFor={`${id}-reason`} className="block font-medium">
          Lý do xem thông tin của {participantName}
        </label>
        <input
          id={`${id}-reason`}
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
        {error ? <FormMessage tone="error">{error}</FormMessage> : null}
        <Button size="sm" type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Đang mở…" : "Xem (được ghi nhật ký)"}
        </Button>
      </form>
    </details>
  );
}
