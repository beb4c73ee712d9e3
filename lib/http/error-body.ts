// The one JSON error body of every route handler (issue 15 point 5). It is the failure half of the
// ActionResult the server actions return (lib/actions/result.ts) and of the quiz client's reply
// (components/quiz/quiz-api.ts reads `ok`, `error`, `fieldErrors`, `retryable`), so one reader
// understands every refusal. Pure (no next/* import): the HTTP status stays each route's own.
import type { FieldErrors } from "../actions/result";

export interface ErrorBody {
  ok: false;
  /** Vietnamese, shown to the person as it is. */
  error: string;
  /** A stable machine-readable reason, for callers that branch (the scheduler, tests). */
  code?: string;
  fieldErrors?: FieldErrors;
  /** Nothing was written; send the same request again (a 503 of a busy database). */
  retryable?: true;
  /** Seconds to wait before trying again (also in the Retry-After header). */
  retryAfter?: number;
  /** With code OUTSIDE_AWARD_MONTH: the round's award month ("MM/yyyy"). */
  awardMonth?: string;
}

export type ErrorDetails = Omit<ErrorBody, "ok" | "error">;

/** The body; undefined details are left out so the JSON stays as small as the old bodies. */
export function errorBody(error: string, details: ErrorDetails = {}): ErrorBody {
  const body: ErrorBody = { ok: false, error };
  for (const [key, value] of Object.entries(details) as [keyof ErrorDetails, unknown][]) {
    // `ok` and `error` are the helper's own: no detail can turn a refusal into a success.
    if (value !== undefined && key !== ("ok" as string) && key !== ("error" as string)) Object.assign(body, { [key]: value });
  }
  return body;
}

/** A JSON refusal, never cached. */
export function errorResponse(status: number, error: string, details: ErrorDetails = {}, headers: Record<string, string> = {}): Response {
  return Response.json(errorBody(error, details), { status, headers: { "Cache-Control": "no-store", ...headers } });
}
