"use client";
// Override the true value of the prediction question with a reason (docs/DOMAIN.md §5); an empty
// value removes the override. Audited on the server, then the ranking is recomputed.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/ui/apply-field-errors";
import { inputClass } from "@/components/ui/field";
import { overrideTrueValueAction } from "@/lib/winners/actions";
import { overrideTrueValueSchema, type OverrideTrueValueInput } from "@/lib/winners/schema";

export function TrueValueForm({ roundId, override }: { roundId: string; override: number | null }) {
  const router = useRouter();
  const id = useId();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<OverrideTrueValueInput>({ resolver: zodResolver(overrideTrueValueSchema), defaultValues: { roundId, value: override, reason: "" } });

  const onSubmit = async (values: OverrideTrueValueInput) => {
    setMessage(null);
    const result = await overrideTrueValueAction(values);
    if (!result.ok) {
      applyFieldErrors(setError, result.fieldErrors);
      setMessage({ tone: "error", text: result.error });
      return;
    }
    setMessage({ tone: "success", text: result.data.message });
    router.refresh();
  };

  const described = (field: "value" | "reason", hint?: string) => [hint, errors[field] ? `${id}-${field}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="grid gap-3 sm:grid-cols-[10rem_1fr_auto] sm:items-start">
      <input type="hidden" {...register("roundId")} />
      <div>
        <label htmlFor={`${id}-value`} className="mb-1 block text-sm font-medium">Giá trị đúng điều chỉnh</label>
        <input
          id={`${id}-value`}
          type="number"
          inputMode="numeric"
          min={0}
          className={inputClass}
          aria-invalid={!!errors.value}
          aria-describedby={described("value", `${id}-value-hint`)}
          {...register("value", { setValueAs: (v: unknown) => (v === "" || v === null || v === undefined ? null : Number(v)) })}
        />
        <p id={`${id}-value-hint`} className="mt-1 text-xs text-slate-600">Để trống để dùng giá trị hệ thống đếm.</p>
        {errors.value ? <p id={`${id}-value-error`} className="mt-1 text-sm text-red-700">{errors.value.message}</p> : null}
      </div>
      <div>
        <label htmlFor={`${id}-reason`} className="mb-1 block text-sm font-medium">Lý do</label>
        <textarea id={`${id}-reason`} rows={2} className={inputClass} aria-invalid={!!errors.reason} aria-describedby={described("reason")} {...register("reason")} />
        {errors.reason ? <p id={`${id}-reason-error`} className="mt-1 text-sm text-red-700">{errors.reason.message}</p> : null}
      </div>
      <button type="submit" disabled={isSubmitting} className="min-h-10 rounded-md bg-brand-700 px-4 py-2 font-medium text-white disabled:opacity-60 sm:mt-6">
        {isSubmitting ? "Đang lưu…" : "Lưu và tính lại"}
      </button>
      {message ? (
        <p role={message.tone === "error" ? "alert" : "status"} className={`sm:col-span-3 text-sm ${message.tone === "error" ? "text-red-700" : "text-green-800"}`}>
          {message.text}
        </p>
      ) : null}
    </form>
  );
}
