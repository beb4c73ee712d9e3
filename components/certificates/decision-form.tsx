"use client";
// The round's award decision (số và ngày quyết định khen thưởng), printed on every certificate.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";
import { setRoundDecisionAction } from "@/lib/certificates/actions";
import { decisionSchema, type DecisionInput } from "@/lib/certificates/schema";

const FIELDS = new Set(["decisionNumber", "decisionDate"]);

export function DecisionForm({ roundId, decisionNumber, decisionDate }: { roundId: string; decisionNumber: string | null; decisionDate: string | null }) {
  const router = useRouter();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<DecisionInput>({
    resolver: zodResolver(decisionSchema),
    defaultValues: { roundId, decisionNumber: decisionNumber ?? "", decisionDate: decisionDate ?? "" },
  });
  const { notice, run } = useFormAction(setError, { fields: FIELDS });

  const onSubmit = handleSubmit((values) =>
    run(
      () => setRoundDecisionAction(values),
      () => {
        router.refresh();
        return "Đã lưu quyết định khen thưởng.";
      },
    ),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <input type="hidden" {...register("roundId")} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          id="decisionNumber"
          label="Số quyết định"
          placeholder="Ví dụ: 17/QĐ-STTTT"
          error={errors.decisionNumber?.message}
          {...register("decisionNumber")}
        />
        <TextField id="decisionDate" label="Ngày quyết định" type="date" error={errors.decisionDate?.message} {...register("decisionDate")} />
      </div>
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      <SubmitButton pending={isSubmitting} pendingLabel="Đang lưu…">
        Lưu quyết định
      </SubmitButton>
    </form>
  );
}
