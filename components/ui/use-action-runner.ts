"use client";
// Runs one action from a button or a small inline form (rename, move, delete): a pending flag, the
// outcome as a message, and a refresh of the server-rendered page on success. Typed values stay in
// their inputs when the action is refused. Domain-free.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionOutcome, FormNotice } from "./use-form-action";

export type RunnerMessage = FormNotice;

export function useActionRunner() {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<RunnerMessage>(null);
  /** `success`: the message, or a function of the action's data that returns it. */
  const run = <D>(action: () => Promise<ActionOutcome<D>>, success: string | ((data: D) => string), after?: () => void) =>
    start(async () => {
      setMessage(null);
      const r = await action();
      if (r.ok) {
        setMessage({ tone: "success", text: typeof success === "function" ? success(r.data) : success });
        after?.();
        router.refresh();
      } else setMessage({ tone: "error", text: Object.values(r.fieldErrors ?? {}).flat()[0] ?? r.error });
    });
  return { pending, message, setMessage, run };
}
