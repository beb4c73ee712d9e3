"use client";
// The contest's own settings and public texts (intro, rules, hotline, e-mail, contact). Texts never change results,
// so no confirmation is asked; every change is audited with before/after.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";
import { updateContestAction } from "@/lib/contests/admin-actions";
import { updateContestSchema, type UpdateContestInput } from "@/lib/contests/schema";

export function ContestForm({ initial }: { initial: UpdateContestInput }) {
  const router = useRouter();
  const form = useForm<UpdateContestInput>({ resolver: zodResolver(updateContestSchema), defaultValues: initial });
  const { register, handleSubmit, formState } = form;
  const e = formState.errors;
  const { notice, run } = useFormAction(form.setError);
  const onSubmit = handleSubmit((values) =>
    run(
      () => updateContestAction(values),
      () => {
        form.reset(values);
        router.refresh();
        return "Đã lưu thông tin cuộc thi.";
      },
    ),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2">
      <Field id="u-name" label="Tên cuộc thi" error={e.name?.message} required className="sm:col-span-2">
        {(a) => <input {...a} {...register("name")} className={inputClass} />}
      </Field>
      <Field id="u-organiser" label="Cơ quan tổ chức" error={e.organiser?.message} required>
        {(a) => <input {...a} {...register("organiser")} className={inputClass} />}
      </Field>
      <Field id="u-organiserShort" label="Tên viết tắt" error={e.organiserShort?.message} required>
        {(a) => <input {...a} {...register("organiserShort")} className={inputClass} />}
      </Field>
      <Field id="u-year" label="Năm" error={e.year?.message} required>
        {(a) => <input {...a} {...register("year", { valueAsNumber: true })} type="number" inputMode="numeric" className={inputClass} />}
      </Field>
      <Field id="u-pattern" label="Mẫu số giấy chứng nhận" error={e.certificatePattern?.message} required hint="{n} là số thứ tự.">
        {(a) => <input {...a} {...register("certificatePattern")} className={inputClass} />}
      </Field>
      <Field id="u-plan" label="Căn cứ (kế hoạch, quyết định)" error={e.planReference?.message} className="sm:col-span-2">
        {(a) => <input {...a} {...register("planReference")} className={inputClass} />}
      </Field>
      <Field id="u-intro" label="Giới thiệu cuộc thi" error={e.intro?.message} className="sm:col-span-2">
        {(a) => <textarea {...a} {...register("intro")} rows={4} className={inputClass} />}
      </Field>
      <Field
        id="u-rules"
        label="Thể lệ (văn bản)"
        error={e.rulesText?.message}
        className="sm:col-span-2"
        hint="Các con số (số câu, thời gian, số lượt, giải thưởng, thời hạn) được lấy từ thiết lập của từng đợt thi."
      >
        {(a) => <textarea {...a} {...register("rulesText")} rows={8} className={inputClass} />}
      </Field>
      <Field id="u-hotline" label="Đường dây nóng" error={e.hotline?.message} hint="Hiện ở trang đăng nhập, quên mật khẩu, thể lệ và chân trang, bấm để gọi.">
        {(a) => <input {...a} {...register("hotline")} type="tel" inputMode="tel" autoComplete="off" className={inputClass} />}
      </Field>
      <Field id="u-contactEmail" label="Email liên hệ" error={e.contactEmail?.message} hint="Nơi thí sinh viết thư khi không tự lấy lại được tài khoản.">
        {(a) => <input {...a} {...register("contactEmail")} type="email" inputMode="email" autoComplete="off" className={inputClass} />}
      </Field>
      <Field id="u-contact" label="Thông tin liên hệ" error={e.contactInfo?.message} className="sm:col-span-2">
        {(a) => <textarea {...a} {...register("contactInfo")} rows={2} className={inputClass} />}
      </Field>
      <div className="flex flex-col gap-2 text-sm sm:col-span-2">
        <label className="flex items-center gap-2">
          <input type="checkbox" className="size-4" {...register("isPublished")} /> Công khai trên trang của thí sinh
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" className="size-4" {...register("isFeatured")} /> Giới thiệu ở trang chủ
        </label>
      </div>
      <div className="space-y-3 sm:col-span-2">
        {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
        <SubmitButton pending={formState.isSubmitting} pendingLabel="Đang lưu…">
          Lưu thông tin cuộc thi
        </SubmitButton>
      </div>
    </form>
  );
}
