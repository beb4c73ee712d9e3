// A labelled form field: the label, an optional hint and the field's errors, wired to the control
// through aria-describedby / aria-invalid. Domain-free. The control is a render prop so any input
// (or react-hook-form's register()) can be used.
import type { ReactNode } from "react";

export const inputClass =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm aria-[invalid=true]:border-red-600 disabled:bg-slate-100";

export interface ControlProps {
  id: string;
  "aria-invalid": boolean;
  "aria-describedby"?: string;
}

export interface FieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | string[];
  required?: boolean;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}

export function fieldErrorId(id: string): string {
  return `${id}-error`;
}

export function Field({ id, label, hint, error, required, className, children }: FieldProps) {
  const errors = (Array.isArray(error) ? error : error ? [error] : []).filter(Boolean);
  const describedBy = [hint ? `${id}-hint` : null, errors.length ? fieldErrorId(id) : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-800">
        {label}
        {required ? <span className="text-red-700" aria-hidden="true"> *</span> : null}
      </label>
      {children({ id, "aria-invalid": errors.length > 0, "aria-describedby": describedBy })}
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {errors.length ? (
        <p id={fieldErrorId(id)} className="mt-1 text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/** A form-level message (the result of a submit); announced to screen readers. */
export function FormMessage({ tone, children }: { tone: "error" | "success"; children: ReactNode }) {
  if (!children) return null;
  return tone === "error" ? (
    <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      {children}
    </p>
  ) : (
    <p role="status" className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800">
      {children}
    </p>
  );
}
