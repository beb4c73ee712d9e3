// The identity fields a participant types at registration and staff correct later (docs/DOMAIN.md
// §2): one set, so both forms ask the same way for what the same schema checks. Staff type someone
// else's data, so the browser is told not to fill in their own.
import type { FieldErrors, FieldValues, Path, UseFormRegister } from "react-hook-form";
import { RadioGroupField, TextField } from "@/components/ui/field";
import { GENDER_LABEL, GENDERS } from "@/lib/participants/labels";
import type { CorrectIdentityInput } from "@/lib/participants/staff-schema";

type IdentityValues = Pick<CorrectIdentityInput, "fullName" | "birthDate" | "gender" | "cccd" | "phone">;

const AUDIENCE = {
  self: {
    cccd: "Số căn cước công dân (CCCD)",
    phone: "Số điện thoại di động",
    autoComplete: { fullName: "name", birthDate: "bday", cccd: "off", phone: "tel" },
  },
  staff: { cccd: "Số CCCD", phone: "Số điện thoại", autoComplete: { fullName: "off", birthDate: "off", cccd: "off", phone: "off" } },
} as const;

const GENDER_OPTIONS = GENDERS.map((g) => ({ value: g, label: GENDER_LABEL[g] }));

export function IdentityFields<T extends FieldValues & IdentityValues>({
  idPrefix,
  audience,
  register,
  errors,
}: {
  idPrefix: string;
  audience: keyof typeof AUDIENCE;
  register: UseFormRegister<T>;
  errors: FieldErrors<T>;
}) {
  const text = AUDIENCE[audience];
  const e = errors as FieldErrors<IdentityValues>;
  const field = (name: keyof IdentityValues) => register(name as Path<T>);
  return (
    <>
      <TextField
        id={`${idPrefix}-fullName`}
        label="Họ và tên"
        required
        autoComplete={text.autoComplete.fullName}
        error={e.fullName?.message}
        {...field("fullName")}
      />
      <TextField
        id={`${idPrefix}-birthDate`}
        label="Ngày sinh"
        required
        inputMode="numeric"
        autoComplete={text.autoComplete.birthDate}
        placeholder="dd/mm/yyyy"
        hint="Ngày/tháng/năm, ví dụ 15/08/1990 (hoặc gõ liền 15081990)."
        error={e.birthDate?.message}
        {...field("birthDate")}
      />
      <RadioGroupField
        id={`${idPrefix}-gender`}
        label="Giới tính"
        required
        inline
        options={GENDER_OPTIONS}
        error={e.gender?.message}
        inputProps={field("gender")}
      />
      <TextField
        id={`${idPrefix}-cccd`}
        label={text.cccd}
        required
        inputMode="numeric"
        autoComplete={text.autoComplete.cccd}
        hint="12 chữ số. Chữ số thứ 4–6 phải khớp với giới tính và năm sinh."
        error={e.cccd?.message}
        {...field("cccd")}
      />
      <TextField
        id={`${idPrefix}-phone`}
        label={text.phone}
        required
        type="tel"
        inputMode="tel"
        autoComplete={text.autoComplete.phone}
        hint="Ví dụ: 0912 345 678 hoặc +84 912 345 678."
        error={e.phone?.message}
        {...field("phone")}
      />
    </>
  );
}
