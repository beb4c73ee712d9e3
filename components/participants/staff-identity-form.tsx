"use client";
// Staff correct a participant's locked identity fields (docs/DOMAIN.md §2) with a reason: the same
// rules as registration, checked here and again on the server; only changed fields are saved.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type Path } from "react-hook-form";
import { FormAlert, RadioGroupField, SubmitButton, TextField } from "@/components/forms/fields";
import type { ActionResult } from "@/lib/actions/result";
import { GENDER_LABEL, GENDERS } from "@/lib/participants/labels";
import { correctIdentitySchema, STAFF_REASON_MIN, type CorrectIdentityInput } from "@/lib/participants/staff-schema";

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
  const [notice, setNotice] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<CorrectIdentityInput>({
    resolver: zodResolver(correctIdentitySchema, undefined, { raw: true }),
    defaultValues: { ...initial, reason: "" },
    mode: "onSubmit",
    reValidateMode: "onChange",
  });

  const onSubmit = async (values: CorrectIdentityInput) => {
    setNotice(null);
    const result = await action(values);
    if (!result.ok) {
      let first = true;
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
        if (!FIELDS.has(field) || !messages[0]) continue;
        setError(field as Path<CorrectIdentityInput>, { type: "server", message: messages.join(" ") }, { shouldFocus: first });
        first = false;
      }
      setNotice({ tone: "error", text: result.error });
      return;
    }
    reset({ ...values, reason: "" });
    setNotice({ tone: "success", text: `Đã sửa ${result.data.changed.map((f) => FIELD_LABEL[f] ?? f).join(", ")}. Thao tác đã được ghi vào nhật ký.` });
    router.refresh();
  };

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="min-w-0 space-y-4" aria-labelledby="identity-form-title">
      <h2 id="identity-form-title" className="text-lg font-semibold text-brand-800">
        Sửa thông tin định danh
      </h2>
      <p className="text-sm text-slate-600">Thí sinh không tự sửa được các thông tin này. Chỉ những ô thay đổi mới được lưu, kèm lý do, vào nhật ký thao tác.</p>
      <input type="hidden" {...register("participantId")} />
      <TextField id="sua-fullName" label="Họ và tên" required autoComplete="off" error={errors.fullName?.message} {...register("fullName")} />
      <TextField
        id="sua-birthDate"
        label="Ngày sinh"
        required
        inputMode="numeric"
        autoComplete="off"
        placeholder="dd/mm/yyyy"
        hint="Ngày/tháng/năm, ví dụ 15/08/1990."
        error={errors.birthDate?.message}
        {...register("birthDate")}
      />
      <RadioGroupField
        id="sua-gender"
        label="Giới tính"
        required
        inline
        options={GENDERS.map((g) => ({ value: g, label: GENDER_LABEL[g] }))}
        error={errors.gender?.message}
        inputProps={register("gender")}
      />
      <TextField
        id="sua-cccd"
        label="Số CCCD"
        required
        inputMode="numeric"
        autoComplete="off"
        hint="12 chữ số, khớp với giới tính và năm sinh."
        error={errors.cccd?.message}
        {...register("cccd")}
      />
      <TextField id="sua-phone" label="Số điện thoại" required type="tel" inputMode="tel" autoComplete="off" error={errors.phone?.message} {...register("phone")} />
      <TextField
        id="sua-reason"
        label="Lý do sửa"
        required
        autoComplete="off"
        hint={`Ít nhất ${STAFF_REASON_MIN} ký tự, ví dụ: “Sửa theo ảnh CCCD thí sinh gửi ngày 12/03”.`}
        error={errors.reason?.message}
        {...register("reason")}
      />
      <FormAlert tone={notice?.tone}>{notice?.text}</FormAlert>
      <SubmitButton pending={isSubmitting} pendingLabel="Đang lưu…">
        Lưu thay đổi
      </SubmitButton>
    </form>
  );
}
