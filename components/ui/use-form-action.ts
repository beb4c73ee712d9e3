"use client";
// The one "submit → server action → field errors or a message" loop of a react-hook-form form:
// a refusal puts its field errors on the fields and its message in the notice, a success shows
// what the caller says. Domain-free.
import { useState } from "react";
import type { FieldValues, UseFormSetError } from "react-hook-form";
import { applyFieldErrors, type ApplyFieldErrorsOptions } from "./apply-field-errors";

export type FormNotice = { tone: "error" | "success"; text: string } | null;

/** A server action's answer (the shape of lib/actions/result.ts, restated so the kit stays free of lib). */
export type ActionOutcome<D> = { ok: true; data: D } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

export function useFormAction<T extends FieldValues>(setError: UseFormSetError<T>, options?: ApplyFieldErrorsOptions) {
  const [notice, setNotice] = useState<FormNotice>(null);
  /** `onSuccess` returns the success message to show, or nothing (it navigates, or shows its own). */
  async function run<R extends ActionOutcome<unknown>>(
    action: () => Promise<R>,
    onSuccess?: (data: Extract<R, { ok: true }>["data"]) => string | null | void,
  ): Promise<R> {
    setNotice(null);
    const result = await action();
    if (!result.ok) {
      applyFieldErrors(setError, result.fieldErrors, options);
      setNotice({ tone: "error", text: result.error });
      return result;
    }
    const text = onSuccess?.((result as Extract<R, { ok: true }>).data);
    if (text) setNotice({ tone: "success", text });
    return result;
  }
  return { notice, setNotice, run };
}
