// What the prediction field holds compared with what the server holds. The page says "Đã lưu"
// only when the server confirmed exactly the number on the screen (issue 13 point 2): a value
// typed after a save, a refused save or one still in the outbox is never called saved.
import { parsePredictionInput } from "@/lib/attempts/prediction-input";
import type { SaveStatus } from "./use-answer-queue";

type PredictionSaveState = SaveStatus | "unsaved";

export type PredictionFieldState =
  | { kind: "empty"; saved: number | null }
  | { kind: "invalid"; error: string; saved: number | null }
  | { kind: "valid"; value: number; saved: number | null; status: PredictionSaveState };

/**
 * `saved`: the value the server confirmed (or loaded with); `sent`: the newest value handed to the
 * outbox; `queueStatus`: the outbox's status of that newest value.
 */
export function predictionFieldState(text: string, saved: number | null, sent: number | null, queueStatus: SaveStatus | undefined): PredictionFieldState {
  const parsed = parsePredictionInput(text);
  if (!parsed.ok) return { kind: "invalid", error: parsed.error, saved };
  if (parsed.value === null) return { kind: "empty", saved };
  const value = parsed.value;
  const busy = queueStatus === "saving" || queueStatus === "queued";
  let status: PredictionSaveState;
  // While a save is under way the server may end up holding the value being sent, not `saved`.
  if (busy) status = sent === value ? queueStatus : "unsaved";
  else if (queueStatus === "refused" && sent === value) status = "refused";
  else status = saved === value ? "saved" : "unsaved";
  return { kind: "valid", value, saved, status };
}

/** A complete valid value the server does not hold (nor is about to) is worth sending. */
export function isPredictionToSend(state: PredictionFieldState): state is Extract<PredictionFieldState, { kind: "valid" }> {
  return state.kind === "valid" && (state.status === "unsaved" || state.status === "refused");
}
