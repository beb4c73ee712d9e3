// The one field kit: every control has a visible label (with a "*" for required ones), its hint
// and error are linked with aria-describedby, and an invalid control says so (aria-invalid).
// Domain-free, no state and no hooks, so client forms and server pages can both use it. A `ref`
// prop (React 19) reaches the control, so react-hook-form's register() can be spread onto it;
// `Field` takes the control as a render prop for anything the ready-made fields do not cover.
import type { InputHTMLAttributes, ReactNode, Ref, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

export const inputClass =
  "block w-full min-w-0 rounded-md border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm focus:outline-none focus:ring-2 focus:ring-brand-600 aria-[invalid=true]:border-red-600 disabled:bg-slate-100";

export function fieldIds(id: string) {
  return { hint: `${id}-hint`, error: `${id}-error` };
}

/** The aria-describedby value of a control: extra ids, its hint and its error, when present. */
function describedBy(id: string, hint?: ReactNode, error?: ReactNode, extra?: string): string | undefined {
  const ids = [extra, hint ? fieldIds(id).hint : null, error ? fieldIds(id).error : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

/** The required mark; hidden from screen readers, which hear aria-required instead. */
export function RequiredMark() {
  return (
    <span className="text-red-700" aria-hidden="true">
      {" "}
      *
    </span>
  );
}

function FieldHint({ id, children }: { id: string; children?: ReactNode }) {
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

export interface ControlProps {
  id: string;
  "aria-invalid"?: true;
  "aria-required"?: true;
  "aria-describedby"?: string;
}

interface FieldBase {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Several messages (a server's list) are shown as one. */
  error?: string | string[];
  required?: boolean;
}

interface FieldProps extends FieldBase {
  className?: string;
  children: (control: ControlProps) => ReactNode;
}

const joinErrors = (error?: string | string[]) => (Array.isArray(error) ? error.filter(Boolean).join(" ") : error) || undefined;

export function Field({ id, label, hint, error, required, className, children }: FieldProps) {
  const message = joinErrors(error);
  return (
    <div className={`min-w-0 ${className ?? ""}`}>
      <label htmlFor={id} className="mb-1 block break-words font-medium text-slate-800">
        {label}
        {required ? <RequiredMark /> : null}
      </label>
      {children({
        id,
        "aria-invalid": message ? true : undefined,
        "aria-required": required || undefined,
        "aria-describedby": describedBy(id, hint, message),
      })}
      <FieldHint id={id}>{hint}</FieldHint>
      <FieldError id={id} message={message} />
    </div>
  );
}

type TextFieldProps = FieldBase & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "required"> & { ref?: Ref<HTMLInputElement> };

export function TextField({ id, label, hint, error, required, className, ref, ...input }: TextFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} required={required} className={className}>
      {(control) => <input {...control} ref={ref} className={inputClass} {...input} />}
    </Field>
  );
}

type TextareaFieldProps = FieldBase & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "required"> & { ref?: Ref<HTMLTextAreaElement> };

export function TextareaField({ id, label, hint, error, required, className, ref, ...textarea }: TextareaFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} required={required} className={className}>
      {(control) => <textarea {...control} ref={ref} className={inputClass} {...textarea} />}
    </Field>
  );
}

interface Option {
  value: string;
  label: string;
}

type SelectFieldProps = FieldBase &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "required"> & { options: Option[]; placeholder?: string; ref?: Ref<HTMLSelectElement> };

export function SelectField({ id, label, hint, error, required, options, placeholder, className, ref, ...select }: SelectFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} required={required} className={className}>
      {(control) => (
        <select {...control} ref={ref} className={inputClass} {...select}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

type RadioGroupProps = Omit<FieldBase, "error"> & {
  error?: string;
  options: Option[];
  /** What register(name) returns (name, onChange, onBlur, ref), shared by every radio. */
  inputProps: Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "id" | "value"> & { ref?: Ref<HTMLInputElement> };
  inline?: boolean;
};

export function RadioGroupField({ id, label, hint, error, required, options, inputProps, inline }: RadioGroupProps) {
  const described = describedBy(id, hint, error);
  return (
    <fieldset className="min-w-0" aria-describedby={described} aria-invalid={error ? true : undefined}>
      <legend className="block break-words font-medium text-slate-800">
        {label}
        {required ? <RequiredMark /> : null}
      </legend>
      <div className={`mt-1 flex ${inline ? "flex-wrap gap-x-6 gap-y-1" : "flex-col gap-1"}`}>
        {options.map((o) => (
          <label key={o.value} htmlFor={`${id}-${o.value}`} className="flex min-w-0 items-start gap-2 py-1.5">
            <input
              type="radio"
              id={`${id}-${o.value}`}
              value={o.value}
              aria-describedby={described}
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

type CheckboxFieldProps = Omit<FieldBase, "error"> &
  Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "type" | "required"> & { error?: string; ref?: Ref<HTMLInputElement>; describedByExtra?: string };

export function CheckboxField({ id, label, hint, error, required, ref, describedByExtra, className, ...input }: CheckboxFieldProps) {
  return (
    <div className={`min-w-0 ${className ?? ""}`}>
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
          {required ? <RequiredMark /> : null}
        </label>
      </div>
      <FieldHint id={id}>{hint}</FieldHint>
      <FieldError id={id} message={error} />
    </div>
  );
}
