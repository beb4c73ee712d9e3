"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { startAttemptAction } from "@/lib/attempts/actions";

/** The Start/Resume button of /thi: posts to the start action, which redirects into the attempt. */
export function StartForm({ roundId, resume }: { roundId: string; resume: boolean }) {
  const [state, action, pending] = useActionState(startAttemptAction, null);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="roundId" value={roundId} />
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-lg bg-accent-500 px-5 py-3 text-lg font-semibold text-white disabled:opacity-60 sm:w-auto"
      >
        {pending ? "Đang chuẩn bị đề thi…" : resume ? "Tiếp tục làm bài" : "Bắt đầu làm bài"}
      </button>
      {state && !state.ok ? (
        <Alert tone="error" className="p-3 text-base">
          {state.error}
        </Alert>
      ) : null}
    </form>
  );
}
