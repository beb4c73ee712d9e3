// Form primitives shared by the public forms: every input has a visible label, its hint and error
// are linked with aria-describedby, and an invalid input says so (aria-invalid). No state and no
// hooks, so client forms and server pages can both use them. A `ref` prop (React 19) reaches the
// input, so react-hook-form's register() can be spread onto these components.
import type { InputHTMLAttributes, ReactNode, Ref, SelectHTMLAttributes } from "react";

export function fieldIds(id: string) {
  return { hint: `${id}-hint`, error: `${id}-error` };
}

/** The aria-describedby value of an input: its hint and its error, when present. */
export function describedBy(id: string, hint?: ReactNode, error?: string, extra?: string): string | undefined {
  const ids = [extra, hint ? fieldIds(id).hint : null, error ? fieldIds(id).error : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

const inputClass =
  "mt-1 block w-full min-w-0 rounded-lg border bg-white px-3 py-2.5 text-base text-slate-900 shadow-sm focus:outline-none focus:ring-2 focus:ring-brand-600";
const borderClass = (error?: string) => (error ? "border-red-600" : "border-slate-300");

function Label({ htmlFor, children, required }: { htmlFor: string; children: ReactNode; required?: boolean }) {
  return (
    <label htmlFor={htmlFor} className="block break-words font-medium text-slate-800">
      {children}
      {required ? (
        <span className="text-red-700" aria-hidden="true">
          {" "}*
        </span>
      ) : null}
    </label>
  );
}

export function FieldHint({ id, children }: { id: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <p id={fieldIds(id).hint} className="mt-1 break-words text-sm text-slate-600">
      {children}
    </p>
  );
}

export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={fieldIds(id).error} className="mt-1 break-words text-sm font-medium text-red-700">
      {message}
    </p>
  );
}

interface FieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
}

type TextFieldProps = FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "required"> & { ref?: Ref<HTMLInputElement> };

export function TextField({ id, label, hint, error, required, className, ref, ...input }: TextFieldProps) {
  return (
    <div className={`min-w-0 ${className ?? ""}`}>
      <Label htmlFor={id} required={required}>
        {label}
      </Label>
      <input
        id={id}
        ref={ref}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={`${inputClass} ${borderClass(error)}`}
        {...input}
      />
      <FieldHint id={id}>{hint}</FieldHint>
      <FieldError id={id} message={error} />
    </div>
  );
}

export interface Option {
  value: string;
  label: string;
}

type SelectFieldProps = FieldProps &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "required"> & { options: Option[]; placeholder?: string; ref?: Ref<HTMLSelectElement> };

export function SelectField({ id, label, hint, error, required, options, placeholder, className, ref, ...select }: SelectFieldProps) {
  return (
    <div className={`min-w-0 ${className ?? ""}`}>
      <Label htmlFor={id} required={required}>
        {label}
      </Label>
      <select
        id={id}
        ref={ref}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={`${inputClass} ${borderClass(error)}`}
        {...select}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldHint id={id}>{hint}</FieldHint>
      <FieldError id={id} message={error} />
    </div>
  );
}

type RadioGroupProps = FieldProps & {
  options: Option[];
  /** What register(name) returns (name, onChange, onBlur, ref), shared by every radio. */
  inputProps: Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "id" | "value"> & { ref?: Ref<HTMLInputElement> };
  inline?: boolean;
};

export function RadioGroupField({ id, label, hint, error, required, options, inputProps, inline }: RadioGroupProps) {
  return (
    <fieldset className="min-w-0" aria-describedby={describedBy(id, hint, error)} aria-invalid={error ? true : undefined}>
      <legend className="block break-words font-medium text-slate-800">
        {label}
        {required ? (
          <span className="text-red-700" aria-hidden="true">
            {" "}*
          </span>
        ) : null}
      </legend>
      <div className={`mt-1 flex ${inline ? "flex-wrap gap-x-6 gap-y-1" : "flex-col gap-1"}`}>
        {options.map((o) => (
          <label key={o.value} htmlFor={`${id}-${o.value}`} className="flex min-w-0 items-start gap-2 py-1.5">
            <input
              type="radio"
              id={`${id}-${o.value}`}
              value={o.value}
              aria-describedby={describedBy(id, hint, error)}
              className="mt-1 h-5 w-5 shrink-0 accent-brand-700"
              {...inputProps}
            />
            <span className="min-w-0 break-words">{o.label}</span>
          </label>
        ))}
      </div>
      <FieldHint id={id}>{hint}</FieldHint>
      <FieldError id={id} message={error} />
    </fieldset>
  );
}

type CheckboxFieldProps = FieldProps &
  Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "type" | "required"> & { ref?: Ref<HTMLInputElement>; describedByExtra?: string };

export function CheckboxField({ id, label, hint, error, required, ref, describedByExtra, ...input }: CheckboxFieldProps) {
  return (
    <div className="min-w-0">
      <div className="flex items-start gap-3">
        <input
          type="checkbox"
          id={id}
          ref={ref}
          aria-required={required || undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error, describedByExtra)}
          className="mt-1 h-5 w-5 shrink-0 accent-brand-700"
          {...input}
        />
        <label htmlFor={id} className="min-w-0 break-words text-slate-800">
          {label}
          {required ? (
            <span className="text-red-700" aria-hidden="true">
              {" "}*
            </span>
          ) : null}
        </label>
      </div>
      <FieldHint id={id}>{hint}</FieldHint>
      <FieldError id={id} message={error} />
    </div>
  );
}

/** A form-level message: announced by screen readers when it appears. */
export function FormAlert({ tone = "error", children }: { tone?: "error" | "success"; children?: ReactNode }) {
  if (!children) return null;
  const colours = tone === "error" ? "border-red-300 bg-red-50 text-red-800" : "border-green-300 bg-green-50 text-green-900";
  return (
    <div role="alert" className={`break-words rounded-lg border px-4 py-3 text-sm ${colours}`}>
      {children}
    </div>
  );
}

export function SubmitButton({ pending, children, pendingLabel }: { pending: boolean; children: ReactNode; pendingLabel: string }) {
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending || undefined}
      className="w-full rounded-lg bg-brand-700 px-5 py-3 text-base font-semibold text-white hover:bg-brand-800 disabled:opacity-60 sm:w-auto"
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
