"use client";
// The round-level jury buttons: compute (ADMIN may force it outside the award month with a reason),
// approve the final list, publish it. The server decides whether each is allowed; the buttons only
// hide what cannot apply.
import { zodResolver } from "@hookform/resolvers/zod";
import { useId } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { CheckboxField, TextareaField } from "@/components/ui/field";
import { useActionRunner, type RunnerMessage } from "@/components/ui/use-action-runner";
import { useJuryForm } from "./use-jury-form";
import type { ActionResult } from "@/lib/actions/result";
import { isRoundApproved, isRoundUnderReview, type RoundStatus } from "@/lib/contests/round-status";
import { approveWinnersAction, publishWinnersAction, recomputeWinnersAction, type JuryActionData } from "@/lib/winners/actions";
import { recomputeSchema, type RecomputeInput } from "@/lib/winners/schema";

export interface RoundActionsProps {
  roundId: string;
  status: RoundStatus;
  isAdmin: boolean;
  isInAwardMonth: boolean;
  awardMonth: string;
  canApprove: boolean;
  computationId: string | null;
  /** A jury decision after the latest computation: outside the award month it may still be recomputed. */
  pendingDecision: string | null;
}

function Feedback({ message }: { message: RunnerMessage }) {
  return message ? <Alert tone={message.tone}>{message.text}</Alert> : null;
}

function ComputeForm({
  roundId,
  canForce,
  awardMonth,
  afterDecision,
}: {
  roundId: string;
  canForce: boolean;
  awardMonth: string;
  /** The decision to recompute after, outside the award month (null: none, or inside the month). */
  afterDecision: string | null;
}) {
  const id = useId();
  const { register, handleSubmit, setError, control, formState } = useForm<RecomputeInput>({
    resolver: zodResolver(recomputeSchema),
    defaultValues: { roundId, force: false, reason: "", afterDecision: afterDecision !== null },
  });
  const { errors, isSubmitting } = formState;
  const force = useWatch({ control, name: "force" });
  const { notice, submit } = useJuryForm(setError);
  const onSubmit = (values: RecomputeInput) => submit(() => recomputeWinnersAction(values));

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-2">
      <input type="hidden" {...register("roundId")} />
      {afterDecision ? (
        <Alert role="note" className="p-3">
          Có quyết định mới sau lần tính gần nhất ({afterDecision}). Kết quả đã tính được tính lại theo quyết định này dù ngoài tháng xét giải; lý do ghi vào
          nhật ký.
        </Alert>
      ) : null}
      {canForce && !afterDecision ? (
        <Alert tone="warning" role="note" className="space-y-2 p-3">
          <p>Ngoài tháng xét giải ({awardMonth}): chỉ quản trị viên được buộc tính, kèm lý do (ghi vào nhật ký).</p>
          <CheckboxField id={`${id}-force`} label="Buộc tính kết quả" {...register("force")} />
          {force ? <TextareaField id={`${id}-reason`} label="Lý do buộc tính" rows={2} error={errors.reason?.message} {...register("reason")} /> : null}
        </Alert>
      ) : null}
      <SubmitButton pending={isSubmitting} pendingLabel="Đang tính…">
        {afterDecision ? "Tính lại theo quyết định mới" : "Tính kết quả"}
      </SubmitButton>
      <Feedback message={notice} />
    </form>
  );
}

function ConfirmButton({
  label,
  confirm,
  action,
  tone,
}: {
  label: string;
  confirm: string;
  action: () => Promise<ActionResult<JuryActionData>>;
  tone: "primary" | "accent";
}) {
  const { pending, message, run } = useActionRunner();
  const onClick = () => {
    if (window.confirm(confirm)) run(action, (data) => data.message);
  };
  return (
    <div className="space-y-2">
      <button
        type="button"
        onClick={onClick}
        disabled={pending}
        className={`min-h-10 rounded-md px-4 py-2 font-medium text-white disabled:opacity-60 ${tone === "accent" ? "bg-accent-500 hover:bg-red-700" : "bg-green-700 hover:bg-green-800"}`}
      >
        {pending ? "Đang xử lý…" : label}
      </button>
      <Feedback message={message} />
    </div>
  );
}

export function RoundActions(props: RoundActionsProps) {
  const { roundId, status, computationId } = props;
  return (
    <div className="flex flex-wrap items-start gap-4">
      {isRoundUnderReview(status) ? (
        <ComputeForm
          roundId={roundId}
          canForce={props.isAdmin && !props.isInAwardMonth}
          awardMonth={props.awardMonth}
          afterDecision={props.isInAwardMonth ? null : props.pendingDecision}
        />
      ) : null}
      {isRoundUnderReview(status) && props.canApprove && computationId ? (
        <ConfirmButton
          label="Phê duyệt danh sách đoạt giải"
          confirm="Phê duyệt danh sách đoạt giải theo kết quả chính thức đang hiển thị? Sau khi phê duyệt không thể tính lại hay loại thí sinh."
          action={() => approveWinnersAction({ roundId, computationId })}
          tone="primary"
        />
      ) : null}
      {isRoundApproved(status) ? (
        <ConfirmButton
          label="Công bố kết quả"
          confirm="Công bố danh sách đoạt giải trên trang Kết quả (dữ liệu cá nhân được che)?"
          action={() => publishWinnersAction({ roundId })}
          tone="accent"
        />
      ) : null}
    </div>
  );
}
