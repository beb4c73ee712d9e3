// Puts a server action's field errors ({ "a.b": ["…"] }) onto a react-hook-form form. Domain-free.
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

export interface ApplyFieldErrorsOptions {
  /** Only these fields: an error for a field the form does not show would block nothing and say nothing. */
  fields?: ReadonlySet<string>;
  /** Move focus to the first field in error, so a keyboard or screen-reader user lands on it. */
  shouldFocus?: boolean;
}

/** Returns how many fields were marked. "_form" (an error of the whole input) is left to the caller's message. */
export function applyFieldErrors<T extends FieldValues>(
  setError: UseFormSetError<T>,
  fieldErrors: Record<string, string[]> | undefined,
  options: ApplyFieldErrorsOptions = {},
): number {
  let marked = 0;
  for (const [field, messages] of Object.entries(fieldErrors ?? {})) {
    if (field === "_form" || !messages.length || (options.fields && !options.fields.has(field))) continue;
    setError(field as Path<T>, { type: "server", message: messages.join(" ") }, { shouldFocus: Boolean(options.shouldFocus) && marked === 0 });
    marked += 1;
  }
  return marked;
}
