"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";
import { createContestAction } from "@/lib/contests/admin-actions";
import { createContestSchema, type CreateContestInput } from "@/lib/contests/schema";

export function CreateContestForm({ year }: { year: number }) {
  const router = useRouter();
  const form = useForm<CreateContestInput>({
    resolver: zodResolver(createContestSchema),
    defaultValues: { slug: "", name: "", organiser: "", organiserShort: "", year, isFeatured: false, certificatePattern: "{n}/GCN-BTC" },
  });
  const { register, handleSubmit, formState } = form;
  const e = formState.errors;
  const { notice, run } = useFormAction(form.setError);
  const onSubmit = handleSubmit((values) =>
    run(
      () => createContestAction(values),
      (data) => router.push(`/quan-tri/cuoc-thi/${data.id}`),
    ),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="mt-3 grid gap-4 sm:grid-cols-2">
      <Field id="c-name" label="Tên cuộc thi" error={e.name?.message} required className="sm:col-span-2">
        {(a) => <input {...a} {...register("name")} className={inputClass} />}
      </Field>
      <Field
        id="c-slug"
        label="Đường dẫn (không dấu)"
        error={e.slug?.message}
        required
        hint="Ví dụ: chuyen-doi-so-2027. Không đổi được sau khi tạo (mọi người chia sẻ đường dẫn)."
      >
        {(a) => <input {...a} {...register("slug")} className={inputClass} autoCapitalize="none" spellCheck={false} />}
      </Field>
      <Field id="c-year" label="Năm" error={e.year?.message} required>
        {(a) => <input {...a} {...register("year", { valueAsNumber: true })} type="number" inputMode="numeric" className={inputClass} />}
      </Field>
      <Field id="c-organiser" label="Cơ quan tổ chức" error={e.organiser?.message} required>
        {(a) => <input {...a} {...register("organiser")} className={inputClass} />}
      </Field>
      <Field id="c-organiserShort" label="Tên viết tắt" error={e.organiserShort?.message} required>
        {(a) => <input {...a} {...register("organiserShort")} className={inputClass} />}
      </Field>
      <Field id="c-pattern" label="Mẫu số giấy chứng nhận" error={e.certificatePattern?.message} required hint="{n} là số thứ tự, ví dụ {n}/GCN-BTC.">
        {(a) => <input {...a} {...register("certificatePattern")} className={inputClass} />}
      </Field>
      <label className="flex items-center gap-2 self-end text-sm">
        <input type="checkbox" className="size-4" {...register("isFeatured")} />
        Giới thiệu ở trang chủ (thay cuộc thi đang giới thiệu)
      </label>
      <div className="space-y-3 sm:col-span-2">
        {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
        <SubmitButton pending={formState.isSubmitting} pendingLabel="Đang tạo…">
          Tạo cuộc thi
        </SubmitButton>
      </div>
    </form>
  );
}
