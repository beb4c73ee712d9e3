// Puts a server action's field errors ({ "a.b": ["…"] }) onto a react-hook-form form. Domain-free.
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

export function applyFieldErrors<T extends FieldValues>(setError: UseFormSetError<T>, fieldErrors: Record<string, string[]> | undefined): void {
  for (const [field, messages] of Object.entries(fieldErrors ?? {})) {
    if (field === "_form") continue;
    setError(field as Path<T>, { type: "server", message: messages.join(" ") });
  }
}
