"use client";
// The jury's forms all end the same way: the server's message is shown and the page re-reads the
// ranking the decision changed (lib/winners/actions.ts answers with { message }).
import { useRouter } from "next/navigation";
import type { FieldValues, UseFormSetError } from "react-hook-form";
import { useFormAction, type ActionOutcome } from "@/components/ui/use-form-action";

export function useJuryForm<T extends FieldValues>(setError: UseFormSetError<T>) {
  const router = useRouter();
  const { notice, run } = useFormAction(setError);
  /** `after`: what else a success does (clearing the reason) before the page refreshes. */
  const submit = (action: () => Promise<ActionOutcome<{ message: string }>>, after?: () => void) =>
    run(action, (data) => {
      after?.();
      router.refresh();
      return data.message;
    });
  return { notice, submit };
}
