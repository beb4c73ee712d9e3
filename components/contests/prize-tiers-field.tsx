"use client";
// The round's prize tiers (code, name, count, amount) in award order: useFieldArray rows.
import { useFieldArray, type Control, type FieldErrors, type UseFormRegister } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FieldError, fieldIds, inputClass } from "@/components/ui/field";
import type { RoundEditorValues } from "@/lib/contests/schema";

const small = `${inputClass} py-1 text-sm`;

export function PrizeTiersField({
  control,
  register,
  errors,
}: {
  control: Control<RoundEditorValues>;
  register: UseFormRegister<RoundEditorValues>;
  errors: FieldErrors<RoundEditorValues>;
}) {
  const { fields, append, remove, move } = useFieldArray({ control, name: "prizeTiers" });
  const rootError = errors.prizeTiers?.message ?? errors.prizeTiers?.root?.message;
  return (
    <fieldset aria-describedby={rootError ? fieldIds("tiers").error : undefined}>
      <legend className="mb-1 text-sm font-medium">Cơ cấu giải (theo thứ tự trao giải)</legend>
      <ol className="space-y-2">
        {fields.map((f, i) => {
          const e = errors.prizeTiers?.[i];
          const id = `tier-${i}`;
          return (
            <li key={f.id} className="rounded-md border border-slate-200 bg-white p-2">
              <div className="grid grid-cols-2 gap-2 sm:grid-cols-[8rem_minmax(0,1fr)_6rem_9rem_auto]">
                <div>
                  <label htmlFor={`${id}-code`} className="block text-xs text-slate-600">
                    Mã
                  </label>
                  <input
                    id={`${id}-code`}
                    {...register(`prizeTiers.${i}.code`)}
                    aria-invalid={!!e?.code}
                    aria-describedby={e?.code ? fieldIds(id).error : undefined}
                    className={small}
                  />
                </div>
                <div>
                  <label htmlFor={`${id}-name`} className="block text-xs text-slate-600">
                    Tên giải
                  </label>
                  <input
                    id={`${id}-name`}
                    {...register(`prizeTiers.${i}.name`)}
                    aria-invalid={!!e?.name}
                    aria-describedby={e?.name ? fieldIds(id).error : undefined}
                    className={small}
                  />
                </div>
                <div>
                  <label htmlFor={`${id}-count`} className="block text-xs text-slate-600">
                    Số giải
                  </label>
                  <input
                    id={`${id}-count`}
                    type="number"
                    min={0}
                    inputMode="numeric"
                    {...register(`prizeTiers.${i}.count`, { valueAsNumber: true })}
                    aria-invalid={!!e?.count}
                    aria-describedby={e?.count ? fieldIds(id).error : undefined}
                    className={small}
                  />
                </div>
                <div>
                  <label htmlFor={`${id}-amount`} className="block text-xs text-slate-600">
                    Tiền thưởng (đồng)
                  </label>
                  <input
                    id={`${id}-amount`}
                    type="number"
                    min={0}
                    inputMode="numeric"
                    {...register(`prizeTiers.${i}.amount`, {
                      setValueAs: (v: string | number | undefined) => (v === "" || v === undefined || v === null ? undefined : Number(v)),
                    })}
                    className={small}
                  />
                </div>
                <div className="col-span-2 flex items-end gap-1 sm:col-span-1">
                  <Button size="sm" variant="ghost" disabled={i === 0} onClick={() => move(i, i - 1)} aria-label={`Đưa giải thứ ${i + 1} lên`}>
                    ↑
                  </Button>
                  <Button size="sm" variant="ghost" disabled={fields.length <= 1} onClick={() => remove(i)} aria-label={`Xóa giải thứ ${i + 1}`}>
                    Xóa
                  </Button>
                </div>
              </div>
              <FieldError id={id} message={e ? [e.code?.message, e.name?.message, e.count?.message, e.amount?.message].filter(Boolean).join(" ") : undefined} />
            </li>
          );
        })}
      </ol>
      <FieldError id="tiers" message={rootError} />
      <Button size="sm" variant="secondary" className="mt-2" disabled={fields.length >= 10} onClick={() => append({ code: "", name: "", count: 1 })}>
        + Thêm hạng giải
      </Button>
    </fieldset>
  );
}
