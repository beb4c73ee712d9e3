"use client";
// The round-level jury buttons: compute (ADMIN may force it outside the award month with a reason),
// approve the final list, publish it. The server decides whether each is allowed; the buttons only
// hide what cannot apply.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { applyFieldErrors } from "@/components/ui/apply-field-errors";
import { inputClass } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/result";
import { approveWinnersAction, publishWinnersAction, recomputeWinnersAction, type JuryActionData } from "@/lib/winners/actions";
import { recomputeSchema, type RecomputeInput } from "@/lib/winners/schema";

export interface RoundActionsProps {
  roundId: string;
  status: "DRAFT" | "OPEN" | "APPROVED" | "PUBLISHED";
  isAdmin: boolean;
  isInAwardMonth: boolean;
  awardMonth: string;
  canApprove: boolean;
  computationId: string | null;
  /** A jury decision after the latest computation: outside the award month it may still be recomputed. */
  pendingDecision: string | null;
}

type Message = { tone: "error" | "success"; text: string } | null;

function Feedback({ message }: { message: Message }) {
  if (!message) return null;
  return (
    <p role={message.tone === "error" ? "alert" : "status"} className={`text-sm ${message.tone === "error" ? "text-red-700" : "text-green-800"}`}>
      {message.text}
    </p>
  );
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
  const router = useRouter();
  const id = useId();
  const [message, setMessage] = useState<Message>(null);
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = useForm<RecomputeInput>({ resolver: zodResolver(recomputeSchema), defaultValues: { roundId, force: false, reason: "", afterDecision: afterDecision !== null } });
  const force = useWatch({ control, name: "force" });

  const onSubmit = async (values: RecomputeInput) => {
    setMessage(null);
    const result = await recomputeWinnersAction(values);
    if (!result.ok) {
      applyFieldErrors(setError, result.fieldErrors);
      setMessage({ tone: "error", text: result.error });
      return;
    }
    setMessage({ tone: "success", text: result.data.message });
    router.refresh();
  };

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-2">
      <input type="hidden" {...register("roundId")} />
      {afterDecision ? (
        <p className="rounded-md border border-sky-300 bg-sky-50 p-3 text-sm">
          Có quyết định mới sau lần tính gần nhất ({afterDecision}). Kết quả đã tính được tính lại theo quyết định này dù ngoài tháng xét giải; lý do ghi vào nhật ký.
        </p>
      ) : null}
      {canForce && !afterDecision ? (
        <div className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          <p>Ngoài tháng xét giải ({awardMonth}): chỉ quản trị viên được buộc tính, kèm lý do (ghi vào nhật ký).</p>
          <label className="flex items-center gap-2">
            <input type="checkbox" {...register("force")} /> Buộc tính kết quả
          </label>
          {force ? (
            <div>
              <label htmlFor={`${id}-reason`} className="mb-1 block font-medium">Lý do buộc tính</label>
              <textarea
                id={`${id}-reason`}
                rows={2}
                className={inputClass}
                aria-invalid={!!errors.reason}
                aria-describedby={errors.reason ? `${id}-reason-error` : undefined}
                {...register("reason")}
              />
              {errors.reason ? <p id={`${id}-reason-error`} className="mt-1 text-red-700">{errors.reason.message}</p> : null}
            </div>
          ) : null}
        </div>
      ) : null}
      <button type="submit" disabled={isSubmitting} className="min-h-10 rounded-md bg-brand-700 px-4 py-2 font-medium text-white disabled:opacity-60">
        {isSubmitting ? "Đang tính…" : afterDecision ? "Tính lại theo quyết định mới" : "Tính kết quả"}
      </button>
      <Feedback message={message} />
    </form>
  );
}

function ConfirmButton({ label, confirm, run, tone }: { label: string; confirm: string; run: () => Promise<ActionResult<JuryActionData>>; tone: "primary" | "accent" }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const onClick = async () => {
    if (!window.confirm(confirm)) return;
    setPending(true);
    setMessage(null);
    const result = await run();
    setPending(false);
    setMessage(result.ok ? { tone: "success", text: result.data.message } : { tone: "error", text: result.error });
    if (result.ok) router.refresh();
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
      {status === "OPEN" ? <ComputeForm
          roundId={roundId}
          canForce={props.isAdmin && !props.isInAwardMonth}
          awardMonth={props.awardMonth}
          afterDecision={props.isInAwardMonth ? null : props.pendingDecision}
        /> : null}
      {status === "OPEN" && props.canApprove && computationId ? (
        <ConfirmButton
          label="Phê duyệt danh sách đoạt giải"
          confirm="Phê duyệt danh sách đoạt giải theo kết quả chính thức đang hiển thị? Sau khi phê duyệt không thể tính lại hay loại thí sinh."
          run={() => approveWinnersAction({ roundId, computationId })}
          tone="primary"
        />
      ) : null}
      {status === "APPROVED" ? (
        <ConfirmButton
          label="Công bố kết quả"
          confirm="Công bố danh sách đoạt giải trên trang Kết quả (dữ liệu cá nhân được che)?"
          run={() => publishWinnersAction({ roundId })}
          tone="accent"
        />
      ) : null}
    </div>
  );
}
