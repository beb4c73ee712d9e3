"use client";
// The jury's proposal: which question, how to regrade it (a corrected key, correct for everyone,
// dropped) and why; "Xem trước" runs the dry run of the rule before anything is proposed.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useId, useMemo, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button, SubmitButton } from "@/components/ui/button";
import { Field, inputClass, RadioGroupField, TextareaField } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";
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
  } = useForm<ProposeRegradeInput>({
    resolver: zodResolver(schema),
    defaultValues: { roundId, questionVersionId: "", mode: "NEW_KEY", correctIndex: null, reason: "" },
  });
  const [versionId, mode] = useWatch({ control, name: ["questionVersionId", "mode"] });
  const version = versions.find((v) => v.id === versionId);
  const { notice, run } = useFormAction(setError);

  const onSubmit = (values: ProposeRegradeInput) =>
    run(
      () => proposeRegradeAction(values),
      (data) => {
        setPreview(null);
        reset({ roundId, questionVersionId: "", mode: "NEW_KEY", correctIndex: null, reason: "" });
        router.refresh();
        return data.message;
      },
    );

  const onPreview = async () => {
    setPreviewing(true);
    const { reason: _reason, ...rule } = getValues();
    const result = await run(() => dryRunRegradeAction(rule), setPreview);
    setPreviewing(false);
    if (!result.ok) setPreview(null);
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
      <RadioGroupField
        id={`${id}-mode`}
        label="Cách chấm lại"
        options={REGRADE_MODES.map((m) => ({ value: m, label: REGRADE_MODE_LABEL[m] }))}
        error={errors.mode?.message}
        inputProps={register("mode")}
      />
      {mode === "NEW_KEY" ? (
        <Field
          id={`${id}-key`}
          label="Đáp án đúng mới"
          required
          hint={version ? `Đáp án trong ngân hàng: ${optionLetter(version.key)}.` : "Chọn câu hỏi trước."}
          error={errors.correctIndex?.message}
        >
          {(control) => (
            <select
              {...control}
              className={inputClass}
              {...register("correctIndex", { setValueAs: (v: unknown) => (v === "" || v === null || v === undefined ? null : Number(v)) })}
            >
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
      <TextareaField
        id={`${id}-reason`}
        label="Lý do"
        required
        hint="Ví dụ: đáp án trong ngân hàng nhập nhầm; văn bản gốc ghi phương án B."
        error={errors.reason?.message}
        rows={3}
        {...register("reason")}
      />
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={onPreview} disabled={previewing || !versionId}>
          {previewing ? "Đang tính…" : "Xem trước ảnh hưởng"}
        </Button>
        <SubmitButton pending={isSubmitting} pendingLabel="Đang gửi…">
          Gửi đề xuất
        </SubmitButton>
      </div>
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      {preview ? <ImpactSummary impact={preview} title="Xem trước (chưa thay đổi gì)" /> : null}
    </form>
  );
}
