"use client";
// Runs one settings action from a small inline form (rename, move, delete): a pending flag, the
// outcome as a message, and a refresh of the server-rendered page on success. Typed values stay in
// their inputs when the action is refused.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/result";

export type RunnerMessage = { tone: "error" | "success"; text: string } | null;

export function useActionRunner() {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<RunnerMessage>(null);
  const run = (action: () => Promise<ActionResult<unknown>>, success: string, after?: () => void) =>
    start(async () => {
      setMessage(null);
      const r = await action();
      if (r.ok) {
        setMessage({ tone: "success", text: success });
        after?.();
        router.refresh();
      } else setMessage({ tone: "error", text: Object.values(r.fieldErrors ?? {}).flat()[0] ?? r.error });
    });
  return { pending, message, setMessage, run };
}
