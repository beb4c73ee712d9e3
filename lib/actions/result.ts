// The typed result every server action returns: expected failures are results, not throws.
import type { z } from "zod";

export type FieldErrors = Record<string, string[]>;

export type ActionResult<T = undefined> = { ok: true; data: T } | { ok: false; error: string; fieldErrors?: FieldErrors };

export function ok<T>(data: T): ActionResult<T> {
  return { ok: true, data };
}

export function fail(error: string, fieldErrors?: FieldErrors): { ok: false; error: string; fieldErrors?: FieldErrors } {
  return fieldErrors ? { ok: false, error, fieldErrors } : { ok: false, error };
}

/** An ok result with its data mapped (e.g. to the message the page shows); a failure passed on as it is. */
export function mapOk<A, B>(result: { ok: true; data: A } | { ok: false; error: string; fieldErrors?: FieldErrors }, map: (data: A) => B): ActionResult<B> {
  return result.ok ? ok(map(result.data)) : fail(result.error, result.fieldErrors);
}

/** Every field's messages (not only the first), keyed by dotted path. */
export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

export function invalid(error: z.ZodError): { ok: false; error: string; fieldErrors: FieldErrors } {
  return { ok: false, error: "Thông tin chưa hợp lệ. Vui lòng kiểm tra các ô được đánh dấu.", fieldErrors: zodFieldErrors(error) };
}
