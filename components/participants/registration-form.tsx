"use client";
// The registration form (/dang-ky). Validates with the same zod schema as the server action, keeps
// what was typed when either refuses, and signs the new participant in once the account exists.
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { applyFieldErrors } from "@/components/ui/apply-field-errors";
import { SubmitButton } from "@/components/ui/button";
import { CheckboxField, RadioGroupField, TextField } from "@/components/ui/field";
import { signInWithCredentials } from "@/lib/auth/sign-in-client";
import type { RegisterResult } from "@/lib/participants/actions";
import { GROUP_LABEL, PARTICIPANT_GROUPS } from "@/lib/participants/labels";
import { EMPTY_REGISTRATION, OTHER_UNIT, registrationSchema, type RegistrationInput } from "@/lib/participants/schema";
import { IdentityFields } from "./identity-fields";
import { PlaceFields, UnitFields, type DistrictOption, type UnitOption } from "./registration-place-fields";

export interface RegistrationFormProps {
  contestId: string;
  districts: DistrictOption[];
  units: UnitOption[];
  consent: { id: string; version: number; text: string };
  /** The server action (a prop, so the form stays a client leaf and tests can pass a mock). */
  action: (input: RegistrationInput) => Promise<RegisterResult>;
  /** Where to go once registered and signed in. */
  nextUrl?: string;
  signIn?: typeof signInWithCredentials;
  navigate?: (url: string) => void;
}

type Notice = { tone: "error" | "success"; text: string; signInLink?: boolean } | null;

const FIELDS = new Set<string>(Object.keys(registrationSchema.def.in.shape));

export function RegistrationForm({
  contestId,
  districts,
  units,
  consent,
  action,
  nextUrl = "/ca-nhan",
  signIn = signInWithCredentials,
  navigate = (url) => window.location.assign(url),
}: RegistrationFormProps) {
  const [notice, setNotice] = useState<Notice>(null);
  const [showPassword, setShowPassword] = useState(false);
  const form = useForm<RegistrationInput>({
    resolver: zodResolver(registrationSchema, undefined, { raw: true }),
    defaultValues: { ...EMPTY_REGISTRATION, contestId, consentTextId: consent.id, unitId: units.length === 0 ? OTHER_UNIT : "" },
    mode: "onSubmit",
    reValidateMode: "onChange",
  });
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting, submitCount },
  } = form;

  const onSubmit = async (values: RegistrationInput) => {
    setNotice(null);
    const result = await action(values);
    if (!result.ok) {
      applyFieldErrors(setError, result.fieldErrors, { fields: FIELDS, shouldFocus: true });
      setNotice({ tone: "error", text: result.error });
      return;
    }
    setNotice({ tone: "success", text: "Đăng ký thành công. Đang đăng nhập…" });
    const signedIn = await signIn("participant", { contestId, identifier: values.cccd.replace(/\s/g, ""), password: values.password });
    if (signedIn.ok) {
      navigate(nextUrl);
    } else {
      setNotice({ tone: "success", text: `Đăng ký thành công, nhưng chưa tự đăng nhập được (${signedIn.error}).`, signInLink: true });
    }
  };

  const hasClientErrors = submitCount > 0 && Object.keys(errors).length > 0 && notice === null;
  const passwordType = showPassword ? "text" : "password";

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="min-w-0 space-y-6" aria-describedby="dk-required-note">
      <p id="dk-required-note" className="text-sm text-slate-600">
        Các ô có dấu <span className="text-red-700">*</span> là bắt buộc.
      </p>
      <input type="hidden" {...register("contestId")} />
      <input type="hidden" {...register("consentTextId")} />

      <fieldset className="min-w-0 space-y-4">
        <legend className="text-lg font-bold text-brand-800">Thông tin cá nhân</legend>
        <IdentityFields idPrefix="dk" audience="self" register={register} errors={errors} />
        <TextField id="dk-email" label="Email (không bắt buộc)" type="email" autoComplete="email" error={errors.email?.message} {...register("email")} />
      </fieldset>

      <fieldset className="min-w-0 space-y-4">
        <legend className="text-lg font-bold text-brand-800">Đối tượng và nơi công tác</legend>
        <RadioGroupField
          id="dk-group"
          label="Đối tượng"
          required
          options={PARTICIPANT_GROUPS.map((g) => ({ value: g, label: GROUP_LABEL[g] }))}
          error={errors.group?.message}
          inputProps={register("group")}
        />
        <UnitFields form={form} units={units} />
        <PlaceFields form={form} districts={districts} />
      </fieldset>

      <fieldset className="min-w-0 space-y-4">
        <legend className="text-lg font-bold text-brand-800">Mật khẩu đăng nhập</legend>
        <p className="text-sm text-slate-600">Bạn sẽ đăng nhập bằng số CCCD hoặc số điện thoại và mật khẩu này.</p>
        <TextField
          id="dk-password"
          label="Mật khẩu"
          required
          type={passwordType}
          autoComplete="new-password"
          hint="Ít nhất 8 ký tự, gồm cả chữ và số."
          error={errors.password?.message}
          {...register("password")}
        />
        <TextField
          id="dk-passwordConfirm"
          label="Nhập lại mật khẩu"
          required
          type={passwordType}
          autoComplete="new-password"
          error={errors.passwordConfirm?.message}
          {...register("passwordConfirm")}
        />
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <input type="checkbox" checked={showPassword} onChange={(e) => setShowPassword(e.target.checked)} className="h-4 w-4" />
          Hiện mật khẩu
        </label>
      </fieldset>

      <fieldset className="min-w-0 space-y-3">
        <legend className="text-lg font-bold text-brand-800">Đồng ý xử lý dữ liệu cá nhân</legend>
        <div id="dk-consent-text" className="break-words rounded-lg border border-slate-200 bg-slate-50 p-3 text-sm leading-relaxed text-slate-800">
          {consent.text}
        </div>
        <CheckboxField
          id="dk-consent"
          label={`Tôi đã đọc và đồng ý với nội dung trên (phiên bản ${consent.version}).`}
          required
          describedByExtra="dk-consent-text"
          error={errors.consent?.message}
          {...register("consent")}
        />
      </fieldset>

      {hasClientErrors ? <Alert tone="error">Thông tin chưa hợp lệ. Vui lòng kiểm tra các ô được đánh dấu.</Alert> : null}
      {notice ? (
        <Alert tone={notice.tone}>
          {notice.text}
          {notice.signInLink ? (
            <>
              {" "}
              <a href="/dang-nhap" className="font-semibold underline">
                Đăng nhập
              </a>
            </>
          ) : null}
        </Alert>
      ) : null}
      <SubmitButton pending={isSubmitting} pendingLabel="Đang gửi…" className="w-full sm:w-auto">
        Đăng ký
      </SubmitButton>
    </form>
  );
}
