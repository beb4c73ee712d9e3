"use client";
// The page's side of the quiz endpoints (lib/attempts/api.ts). Resolves with the server's
// ActionResult; a 503 is `retryable` (nothing written, send again). Throws when no answer from our
// server arrived (offline, reset, a proxy's error page, a crash), so the caller keeps the choice and
// resends it: only a JSON answer counts as an answer.
import type { Retryable } from "@/lib/actions/db-guard";
import type { ActionResult } from "@/lib/actions/result";
import type { SubmittedSummary } from "@/lib/attempts/close";

export type QuizReply<T> = ActionResult<T> | Retryable;

async function post<T>(attemptId: string, endpoint: "answers" | "prediction" | "submit", body: Record<string, unknown>): Promise<QuizReply<T>> {
  const res = await fetch(`/api/attempts/${encodeURIComponent(attemptId)}/${endpoint}`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
    credentials: "same-origin",
    cache: "no-store",
  });
  if (res.status >= 500 && res.status !== 503) throw new Error(`HTTP ${res.status}`);
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    throw new Error(`HTTP ${res.status}: not JSON`);
  }
  if (typeof json !== "object" || json === null || typeof (json as { ok?: unknown }).ok !== "boolean") throw new Error(`HTTP ${res.status}: unexpected body`);
  return json as QuizReply<T>;
}

export const saveAnswer = (attemptId: string, position: number, token: string) => post<{ savedAt: string }>(attemptId, "answers", { position, token });
export const savePrediction = (attemptId: string, prediction: number) => post<{ savedAt: string }>(attemptId, "prediction", { prediction });
export const submitAttempt = (attemptId: string, source: "PARTICIPANT" | "AUTO") => post<SubmittedSummary>(attemptId, "submit", { source });
