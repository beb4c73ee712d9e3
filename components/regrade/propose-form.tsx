"use client";
// The jury's proposal: which question, how to regrade it (a corrected key, correct for everyone,
// dropped) and why; "Xem trước" runs the dry run of the rule before anything is proposed.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useId, useMemo, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { applyFieldErrors } from "@/components/ui/apply-field-errors";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, inputClass } from "@/components/ui/field";
import type { GradingRule } from "@/lib/attempts/rules";
import { optionLetter } from "@/lib/questions/format";
import { dryRunRegradeAction, proposeRegradeAction } from "@/lib/regrade/actions";
import { REGRADE_MODE_LABEL, REGRADE_MODES } from "@/lib/regrade/enums";
import type { RegradeImpact } from "@/lib/regrade/impact";
import { proposeRegradeSchema, withQuestionChecks, type ProposeRegradeInput } from "@/lib/regrade/schema";
import { ImpactSummary } from "./impact-summary";

export interface ProposableVersion {
  id: string;
  label: string;
  options: string[];
  key: number;
  applied: GradingRule | null;
}

const short = (text: string) => (text.length > 90 ? `${text.slice(0, 87)}…` : text);

export function ProposeForm({ roundId, versions }: { roundId: string; versions: ProposableVersion[] }) {
  const router = useRouter();
  const id = useId();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [preview, setPreview] = useState<RegradeImpact | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const schema = useMemo(() => {
    const byId = new Map(versions.map((v) => [v.id, { key: v.key, optionCount: v.options.length, applied: v.applied }]));
    return withQuestionChecks(proposeRegradeSchema, (versionId) => byId.get(versionId));
  }, [versions]);
  const {
    register,
    handleSubmit,
    setError,
    getValues,
    control,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<ProposeRegradeInput>({ resolver: zodResolver(schema), defaultValues: { roundId, questionVersionId: "", mode: "NEW_KEY", correctIndex: null, reason: "" } });
  const [versionId, mode] = useWatch({ control, name: ["questionVersionId", "mode"] });
  const version = versions.find((v) => v.id === versionId);

  const onSubmit = async (values: ProposeRegradeInput) => {
    setMessage(null);
    const result = await proposeRegradeAction(values);
    if (!result.ok) {
      applyFieldErrors(setError, result.fieldErrors);
      setMessage({ tone: "error", text: result.error });
      return;
    }
    setMessage({ tone: "success", text: result.data.message });
    setPreview(null);
    reset({ roundId, questionVersionId: "", mode: "NEW_KEY", correctIndex: null, reason: "" });
    router.refresh();
  };

  const onPreview = async () => {
    setMessage(null);
    setPreviewing(true);
    const { reason: _reason, ...rule } = getValues();
    const result = await dryRunRegradeAction(rule);
    setPreviewing(false);
    if (!result.ok) {
      applyFieldErrors(setError, result.fieldErrors);
      setMessage({ tone: "error", text: result.error });
      setPreview(null);
      return;
    }
    setPreview(result.data);
  };

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4">
      <input type="hidden" {...register("roundId")} />
      <Field id={`${id}-version`} label="Câu hỏi" required error={errors.questionVersionId?.message}>
        {(control) => (
          <select {...control} className={inputClass} {...register("questionVersionId")}>
            <option value="">– Chọn câu hỏi –</option>
            {versions.map((v) => (
              <option key={v.id} value={v.id}>
                {short(v.label)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset aria-describedby={errors.mode ? `${id}-mode-error` : undefined}>
        <legend className="mb-1 text-sm font-medium text-slate-800">Cách chấm lại</legend>
        <div className="space-y-1">
          {REGRADE_MODES.map((m) => (
            <label key={m} className="flex items-center gap-2 text-sm">
              <input type="radio" value={m} {...register("mode")} /> {REGRADE_MODE_LABEL[m]}
            </label>
          ))}
        </div>
        {errors.mode ? (
          <p id={`${id}-mode-error`} className="mt-1 text-sm text-red-700">
            {errors.mode.message}
          </p>
        ) : null}
      </fieldset>
      {mode === "NEW_KEY" ? (
        <Field
          id={`${id}-key`}
          label="Đáp án đúng mới"
          required
          hint={version ? `Đáp án trong ngân hàng: ${optionLetter(version.key)}.` : "Chọn câu hỏi trước."}
          error={errors.correctIndex?.message}
        >
          {(control) => (
            <select {...control} className={inputClass} {...register("correctIndex", { setValueAs: (v: unknown) => (v === "" || v === null || v === undefined ? null : Number(v)) })}>
              <option value="">– Chọn đáp án –</option>
              {(version?.options ?? []).map((text, i) => (
                <option key={i} value={i}>
                  {optionLetter(i)}. {short(text)}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <Field id={`${id}-reason`} label="Lý do" required hint="Ví dụ: đáp án trong ngân hàng nhập nhầm; văn bản gốc ghi phương án B." error={errors.reason?.message}>
        {(control) => <textarea {...control} rows={3} className={inputClass} {...register("reason")} />}
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={onPreview} disabled={previewing || !versionId}>
          {previewing ? "Đang tính…" : "Xem trước ảnh hưởng"}
        </Button>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Đang gửi…" : "Gửi đề xuất"}
        </Button>
      </div>
      {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}
      {preview ? <ImpactSummary impact={preview} title="Xem trước (chưa thay đổi gì)" /> : null}
    </form>
  );
}
