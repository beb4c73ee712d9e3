"use client";
// Creating or editing a round. Windows are typed in Vietnam time (dd/MM/yyyy HH:mm); the time
// limit in minutes. Once a round's window has started, changes other than texts need an explicit
// confirmation and a reason (the server enforces the same rule and audits before/after).
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { CheckboxField, Field, inputClass, TextareaField, type ControlProps } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";
import { createRoundAction, updateRoundAction } from "@/lib/contests/admin-actions";
import {
  defaultAwardMonth,
  resultAffectingChanges,
  ROUND_FIELD_LABEL,
  roundSettingsFromForm,
  type RoundForm as RoundFormData,
} from "@/lib/contests/admin-rules";
import { EDITABLE_ROUND_STATUSES, ROUND_STATUS_OPTION_LABEL } from "@/lib/contests/round-status";
import { roundEditorSchema, type RoundEditorValues } from "@/lib/contests/schema";
import { ANSWER_REVIEW_LABEL, DEFAULT_ANSWER_REVIEW } from "@/lib/attempts/answer-review";
import { DEFAULT_PREDICTION_TRUTH, PREDICTION_TRUTH_LABEL } from "@/lib/ranking/prediction-truth";
import { DEFAULT_RANKING_ORDER, RANKING_ORDER_LABEL } from "@/lib/ranking/ranking-order";
import { PrizeTiersField } from "./prize-tiers-field";

export type RoundFormMode =
  { kind: "create"; contestId: string } | { kind: "edit"; id: string; contestId: string; settingsVersion: number; started: boolean; attemptCount: number };

/** A setting's choices, the default marked as such. */
const withDefault = <K extends string>(labels: Record<K, string>, fallback: K): Record<string, string> =>
  Object.fromEntries(Object.entries<string>(labels).map(([v, l]) => [v, v === fallback ? `${l} (mặc định)` : l]));
const RANKING_OPTIONS = withDefault(RANKING_ORDER_LABEL, DEFAULT_RANKING_ORDER);
const TRUTH_OPTIONS = withDefault(PREDICTION_TRUTH_LABEL, DEFAULT_PREDICTION_TRUTH);
const REVIEW_OPTIONS = withDefault(ANSWER_REVIEW_LABEL, DEFAULT_ANSWER_REVIEW);

const optionalNumber = (v: string | number | null) => (v === "" || v === null || v === undefined ? null : Number(v));

export function RoundForm({ mode, initial, number }: { mode: RoundFormMode; initial: RoundFormData; number: number }) {
  const router = useRouter();
  const form = useForm<RoundEditorValues>({
    resolver: zodResolver(roundEditorSchema),
    defaultValues: { ...initial, number, confirmSensitive: false, reason: "" },
  });
  const { register, handleSubmit, formState, control } = form;
  const { notice, run } = useFormAction(form.setError);
  const e = formState.errors;
  const values = useWatch({ control }) as RoundEditorValues;

  // Which result-affecting settings differ from the stored ones (null while dates are unreadable).
  const sensitive = useMemo(() => {
    if (mode.kind !== "edit" || !mode.started) return [];
    try {
      return resultAffectingChanges(roundSettingsFromForm(initial), roundSettingsFromForm(values as RoundFormData, roundSettingsFromForm(initial)), true);
    } catch {
      return [];
    }
  }, [mode, initial, values]);
  const award = defaultAwardMonth(values.closesAt ?? "");

  const onSubmit = handleSubmit(async (v) => {
    const { number: n, confirmSensitive, reason, ...settings } = v;
    await run(
      () =>
        mode.kind === "create"
          ? createRoundAction({ ...settings, contestId: mode.contestId, number: n })
          : updateRoundAction({ ...settings, id: mode.id, baseSettingsVersion: mode.settingsVersion, confirmSensitive, reason }),
      (data) => {
        if (mode.kind === "create") router.push(`/quan-tri/cuoc-thi/${mode.contestId}/vong/${data.id}?daLuu=1`);
        else {
          // The page remounts the form on the new settings version and shows the confirmation.
          router.replace(`/quan-tri/cuoc-thi/${mode.contestId}/vong/${mode.id}?daLuu=1`);
          router.refresh();
        }
      },
    );
  });

  // Approving and publishing happen on the jury page (statusChangeProblem): offer only what is allowed here.
  const statusLabels = Object.fromEntries(
    (EDITABLE_ROUND_STATUSES.includes(initial.status) ? EDITABLE_ROUND_STATUSES : [initial.status]).map((v) => [v, ROUND_STATUS_OPTION_LABEL[v]]),
  );
  const select = (name: "status" | "rankingOrder" | "predictionTruth" | "answerReview", labels: Record<string, string>) =>
    function EnumSelect(a: ControlProps) {
      return (
        <select {...a} {...register(name)} className={inputClass}>
          {Object.entries(labels).map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
      );
    };
  const section = "grid gap-4 rounded-lg bg-white p-4 shadow-sm sm:grid-cols-2";
  const legend = "text-base font-semibold sm:col-span-2";

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {mode.kind === "edit" && mode.started ? (
        <Alert tone="warning" title="Đợt thi đã bắt đầu">
          Đã có {mode.attemptCount} lượt thi. Chỉ sửa tên, câu hỏi dự đoán và quyết định khen thưởng thì không cần xác nhận; mọi thay đổi khác có thể làm thay
          đổi kết quả.
        </Alert>
      ) : null}

      <fieldset className={section}>
        <legend className={legend}>Thông tin chung</legend>
        <Field id="r-number" label="Số thứ tự đợt" error={e.number?.message} required hint={mode.kind === "edit" ? "Không đổi được sau khi tạo." : undefined}>
          {(a) => (
            <input
              {...a}
              {...register("number", { valueAsNumber: true })}
              type="number"
              inputMode="numeric"
              readOnly={mode.kind === "edit"}
              className={inputClass}
            />
          )}
        </Field>
        <Field id="r-name" label="Tên đợt thi" error={e.name?.message} required>
          {(a) => <input {...a} {...register("name")} className={inputClass} />}
        </Field>
        <Field
          id="r-status"
          label="Trạng thái"
          error={e.status?.message}
          className="sm:col-span-2"
          hint="Duyệt và công bố kết quả thực hiện ở trang Giám khảo."
        >
          {select("status", statusLabels)}
        </Field>
      </fieldset>

      <fieldset className={section}>
        <legend className={legend}>Thời gian (giờ Việt Nam)</legend>
        <Field id="r-opens" label="Mở lúc" error={e.opensAt?.message} required hint="dd/MM/yyyy HH:mm, ví dụ 15/02/2023 00:00">
          {(a) => <input {...a} {...register("opensAt")} inputMode="numeric" placeholder="15/02/2023 00:00" className={inputClass} />}
        </Field>
        <Field id="r-closes" label="Đóng lúc" error={e.closesAt?.message} required hint="Tính đến hết phút đã nhập, ví dụ 30/03/2023 23:59">
          {(a) => <input {...a} {...register("closesAt")} inputMode="numeric" placeholder="30/03/2023 23:59" className={inputClass} />}
        </Field>
        <Field
          id="r-award-month"
          label="Tháng trao giải"
          error={e.awardMonth?.message}
          hint={award ? `Để trống cả tháng và năm: tháng ${award.month}/${award.year} (tháng cuối quý của ngày đóng).` : undefined}
        >
          {(a) => (
            <input
              {...a}
              {...register("awardMonth", { setValueAs: optionalNumber })}
              type="number"
              min={1}
              max={12}
              inputMode="numeric"
              className={inputClass}
            />
          )}
        </Field>
        <Field id="r-award-year" label="Năm trao giải" error={e.awardYear?.message}>
          {(a) => <input {...a} {...register("awardYear", { setValueAs: optionalNumber })} type="number" inputMode="numeric" className={inputClass} />}
        </Field>
        <Field id="r-limit" label="Thời gian làm bài (phút)" error={e.timeLimitMinutes?.message} required>
          {(a) => <input {...a} {...register("timeLimitMinutes", { valueAsNumber: true })} type="number" min={1} inputMode="numeric" className={inputClass} />}
        </Field>
        <Field id="r-grace" label="Gia hạn nộp bài do mạng chậm (giây)" error={e.graceSec?.message} required>
          {(a) => <input {...a} {...register("graceSec", { valueAsNumber: true })} type="number" min={0} inputMode="numeric" className={inputClass} />}
        </Field>
      </fieldset>

      <fieldset className={section}>
        <legend className={legend}>Bài thi</legend>
        <Field id="r-questions" label="Số câu hỏi mỗi lượt" error={e.questionCount?.message} required>
          {(a) => <input {...a} {...register("questionCount", { valueAsNumber: true })} type="number" min={1} inputMode="numeric" className={inputClass} />}
        </Field>
        <Field
          id="r-attempts"
          label="Số lượt thi tối đa"
          error={e.attemptsAllowed?.message}
          required
          hint="Lượt được tính: nhiều câu đúng nhất, bằng nhau thì nộp sớm nhất."
        >
          {(a) => <input {...a} {...register("attemptsAllowed", { valueAsNumber: true })} type="number" min={1} inputMode="numeric" className={inputClass} />}
        </Field>
        <Field id="r-review" label="Xem lại đáp án và giải thích" error={e.answerReview?.message} className="sm:col-span-2">
          {select("answerReview", REVIEW_OPTIONS)}
        </Field>
      </fieldset>

      <fieldset className={section}>
        <legend className={legend}>Dự đoán và xếp hạng</legend>
        <Field id="r-prediction" label="Câu hỏi dự đoán" error={e.predictionQuestion?.message} required className="sm:col-span-2">
          {(a) => <input {...a} {...register("predictionQuestion")} className={inputClass} />}
        </Field>
        <Field id="r-truth" label="Đáp án dự đoán được tính bằng" error={e.predictionTruth?.message}>
          {select("predictionTruth", TRUTH_OPTIONS)}
        </Field>
        <Field id="r-ranking" label="Thứ tự xếp hạng" error={e.rankingOrder?.message}>
          {select("rankingOrder", RANKING_OPTIONS)}
        </Field>
      </fieldset>

      <fieldset className={section}>
        <legend className={legend}>Giải thưởng</legend>
        <div className="sm:col-span-2">
          <PrizeTiersField control={control} register={register} errors={e} />
        </div>
        <Field id="r-min" label="Số câu đúng tối thiểu để xét giải" error={e.minScoreForPrize?.message} hint="Để trống: không giới hạn.">
          {(a) => (
            <input {...a} {...register("minScoreForPrize", { setValueAs: optionalNumber })} type="number" min={0} inputMode="numeric" className={inputClass} />
          )}
        </Field>
        <label className="flex items-center gap-2 self-end text-sm">
          <input type="checkbox" className="size-4" {...register("excludeEarlierWinners")} />
          Không xét giải cho người đã đoạt giải ở đợt trước
        </label>
        <Field id="r-decision-number" label="Số quyết định khen thưởng" error={e.decisionNumber?.message}>
          {(a) => <input {...a} {...register("decisionNumber")} className={inputClass} />}
        </Field>
        <Field id="r-decision-date" label="Ngày quyết định (dd/MM/yyyy)" error={e.decisionDate?.message}>
          {(a) => <input {...a} {...register("decisionDate")} inputMode="numeric" className={inputClass} />}
        </Field>
      </fieldset>

      {sensitive.length > 0 || e.confirmSensitive || e.reason ? (
        <fieldset className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4">
          <legend className="px-1 font-semibold text-amber-900">Xác nhận thay đổi có thể ảnh hưởng kết quả</legend>
          {sensitive.length ? <p className="text-sm text-amber-900">Các mục thay đổi: {sensitive.map((k) => ROUND_FIELD_LABEL[k]).join(", ")}.</p> : null}
          <CheckboxField
            id="r-confirm"
            label="Tôi hiểu thay đổi này áp dụng cho đợt thi đang diễn ra hoặc đã kết thúc và có thể làm thay đổi kết quả."
            error={e.confirmSensitive?.message}
            {...register("confirmSensitive")}
          />
          <TextareaField id="r-reason" label="Lý do thay đổi (ghi vào nhật ký)" error={e.reason?.message} required rows={2} {...register("reason")} />
        </fieldset>
      ) : null}

      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      <SubmitButton pending={formState.isSubmitting} pendingLabel="Đang lưu…">
        {mode.kind === "create" ? "Tạo đợt thi" : "Lưu thiết lập"}
      </SubmitButton>
    </form>
  );
}
