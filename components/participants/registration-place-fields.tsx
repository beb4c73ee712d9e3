"use client";
// The parts of the registration form that depend on the contest's own lists (docs/DOMAIN.md "Vietnamese formats": units and
// districts are data per contest): the unit (from the list, or typed under "Khác"), the district,
// and the ward (a list when the district has one, else typed).
import { useWatch, type UseFormReturn } from "react-hook-form";
import { SelectField, TextField } from "@/components/ui/field";
import { OTHER_UNIT, type RegistrationInput } from "@/lib/participants/schema";

export interface DistrictOption {
  id: string;
  name: string;
  wards: string[];
}

export interface UnitOption {
  id: string;
  name: string;
}

type Form = UseFormReturn<RegistrationInput>;

export function UnitFields({ form, units }: { form: Form; units: UnitOption[] }) {
  const {
    register,
    control,
    formState: { errors },
  } = form;
  const [unitId, group] = useWatch({ control, name: ["unitId", "group"] });
  const optional = group === "NGUOI_DAN";
  const nameField = (
    <TextField
      id="dk-unitName"
      label={units.length === 0 ? "Đơn vị công tác / trường học" : "Tên đơn vị công tác / trường học"}
      required={!optional}
      hint={optional ? "Người dân có thể để trống." : undefined}
      autoComplete="organization"
      error={errors.unitName?.message}
      {...register("unitName")}
    />
  );
  if (units.length === 0) {
    return (
      <>
        <input type="hidden" {...register("unitId")} />
        {nameField}
      </>
    );
  }
  return (
    <>
      <SelectField
        id="dk-unitId"
        label="Đơn vị công tác / trường học"
        required={!optional}
        hint={optional ? "Người dân có thể để trống. Không có trong danh sách: chọn “Khác” và ghi rõ." : "Không có trong danh sách: chọn “Khác” và ghi rõ."}
        placeholder="— Chọn đơn vị —"
        options={[...units.map((u) => ({ value: u.id, label: u.name })), { value: OTHER_UNIT, label: "Khác (ghi rõ)" }]}
        error={errors.unitId?.message}
        {...register("unitId")}
      />
      {unitId === OTHER_UNIT ? nameField : null}
    </>
  );
}

export function PlaceFields({ form, districts }: { form: Form; districts: DistrictOption[] }) {
  const {
    register,
    control,
    setValue,
    formState: { errors },
  } = form;
  const districtId = useWatch({ control, name: "districtId" });
  const wards = districts.find((d) => d.id === districtId)?.wards ?? [];
  return (
    <>
      <SelectField
        id="dk-districtId"
        label="Huyện/thành phố"
        required
        placeholder="— Chọn huyện/thành phố —"
        options={districts.map((d) => ({ value: d.id, label: d.name }))}
        error={errors.districtId?.message}
        {...register("districtId", {
          // A ward typed or picked for another district must not carry over into a list.
          onChange: (e: { target: { value: string } }) => {
            if ((districts.find((d) => d.id === e.target.value)?.wards.length ?? 0) > 0) setValue("wardName", "");
          },
        })}
      />
      {wards.length > 0 ? (
        <SelectField
          id="dk-wardName"
          label="Xã/phường/thị trấn"
          required
          placeholder="— Chọn xã/phường —"
          options={wards.map((w) => ({ value: w, label: w }))}
          error={errors.wardName?.message}
          {...register("wardName")}
        />
      ) : (
        <TextField
          id="dk-wardName"
          label="Xã/phường/thị trấn"
          required
          autoComplete="address-level3"
          error={errors.wardName?.message}
          {...register("wardName")}
        />
      )}
    </>
  );
}
