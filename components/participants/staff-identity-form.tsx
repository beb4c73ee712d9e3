"use client";
// Staff correct a participant's locked identity fields (docs/DOMAIN.md §2) with a reason: the same
// rules as registration, checked here and again on the server; only changed fields are saved.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionResult } from "@/lib/actions/result";
import { correctIdentitySchema, STAFF_REASON_MIN, type CorrectIdentityInput } from "@/lib/participants/staff-schema";
import { IdentityFields } from "./identity-fields";

export type CorrectIdentityAction = (input: CorrectIdentityInput) => Promise<ActionResult<{ id: string; changed: string[] }>>;

const FIELD_LABEL: Record<string, string> = { fullName: "họ và tên", birthDate: "ngày sinh", gender: "giới tính", cccd: "số CCCD", phone: "số điện thoại" };
const FIELDS = new Set<string>(Object.keys(correctIdentitySchema.shape));

export interface StaffIdentityFormProps {
  /** Current values, birth date as dd/MM/yyyy. */
  initial: Omit<CorrectIdentityInput, "reason">;
  /** The server action (a prop, so the form stays a client leaf and tests can pass a mock). */
  action: CorrectIdentityAction;
}

export function StaffIdentityForm({ initial, action }: StaffIdentityFormProps) {
  const router = useRouter();
  const { register, handleSubmit, setError, reset, formState } = useForm<CorrectIdentityInput>({
    resolver: zodResolver(correctIdentitySchema, undefined, { raw: true }),
    defaultValues: { ...initial, reason: "" },
    mode: "onSubmit",
    reValidateMode: "onChange",
  });
  const { errors, isSubmitting } = formState;
  const { notice, run } = useFormAction(setError, { fields: FIELDS, shouldFocus: true });

  const onSubmit = (values: CorrectIdentityInput) =>
    run(
      () => action(values),
      (data) => {
        reset({ ...values, reason: "" });
        router.refresh();
        return `Đã sửa ${data.changed.map((f) => FIELD_LABEL[f] ?? f).join(", ")}. Thao tác đã được ghi vào nhật ký.`;
      },
    );

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="min-w-0 space-y-4" aria-labelledby="identity-form-title">
      <h2 id="identity-form-title" className="text-lg font-semibold text-brand-800">
        Sửa thông tin định danh
      </h2>
      <p className="text-sm text-slate-600">
        Thí sinh không tự sửa được các thông tin này. Chỉ những ô thay đổi mới được lưu, kèm lý do, vào nhật ký thao tác.
      </p>
      <input type="hidden" {...register("participantId")} />
      <IdentityFields idPrefix="sua" audience="staff" register={register} errors={errors} />
      <TextField
        id="sua-reason"
        label="Lý do sửa"
        required
        autoComplete="off"
        hint={`Ít nhất ${STAFF_REASON_MIN} ký tự, ví dụ: “Sửa theo ảnh CCCD thí sinh gửi ngày 12/03”.`}
        error={errors.reason?.message}
        {...register("reason")}
      />
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      <SubmitButton pending={isSubmitting} pendingLabel="Đang lưu…" className="w-full sm:w-auto">
        Lưu thay đổi
      </SubmitButton>
    </form>
  );
}
