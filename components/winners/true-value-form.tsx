"use client";
// Override the true value of the prediction question with a reason (docs/DOMAIN.md §5); an empty
// value removes the override. Audited on the server, then the ranking is recomputed.
import { zodResolver } from "@hookform/resolvers/zod";
import { useId } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { TextareaField, TextField } from "@/components/ui/field";
import { overrideTrueValueAction } from "@/lib/winners/actions";
import { overrideTrueValueSchema, type OverrideTrueValueInput } from "@/lib/winners/schema";
import { useJuryForm } from "./use-jury-form";

export function TrueValueForm({ roundId, override }: { roundId: string; override: number | null }) {
  const id = useId();
  const { register, handleSubmit, setError, formState } = useForm<OverrideTrueValueInput>({
    resolver: zodResolver(overrideTrueValueSchema),
    defaultValues: { roundId, value: override, reason: "" },
  });
  const { errors, isSubmitting } = formState;
  const { notice, submit } = useJuryForm(setError);
  const onSubmit = (values: OverrideTrueValueInput) => submit(() => overrideTrueValueAction(values));

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="grid gap-3 sm:grid-cols-[10rem_1fr_auto] sm:items-start">
      <input type="hidden" {...register("roundId")} />
      <TextField
        id={`${id}-value`}
        label="Giá trị đúng điều chỉnh"
        type="number"
        inputMode="numeric"
        min={0}
        hint="Để trống để dùng giá trị hệ thống đếm."
        error={errors.value?.message}
        {...register("value", { setValueAs: (v: unknown) => (v === "" || v === null || v === undefined ? null : Number(v)) })}
      />
      <TextareaField id={`${id}-reason`} label="Lý do" rows={2} error={errors.reason?.message} {...register("reason")} />
      <SubmitButton pending={isSubmitting} pendingLabel="Đang lưu…" className="sm:mt-7">
        Lưu và tính lại
      </SubmitButton>
      {notice ? (
        <Alert tone={notice.tone} className="sm:col-span-3">
          {notice.text}
        </Alert>
      ) : null}
    </form>
  );
}
