// Calls the quiz's JSON route handlers (app/api/attempts/<attemptId>/answers|prediction|submit) the
// way the page's quiz-api.ts does: a same-site POST of a JSON body, the attempt id in the path.
import { POST as answersRoute } from "@/app/api/attempts/[attemptId]/answers/route";
import { POST as predictionRoute } from "@/app/api/attempts/[attemptId]/prediction/route";
import { POST as submitRoute } from "@/app/api/attempts/[attemptId]/submit/route";

export type QuizEndpoint = "answers" | "prediction" | "submit";

export const QUIZ_ROUTES: Record<QuizEndpoint, typeof answersRoute> = { answers: answersRoute, prediction: predictionRoute, submit: submitRoute };

/** The JSON every quiz route answers with (an ActionResult, or a retryable refusal). */
export interface QuizBody {
  ok: boolean;
  data?: unknown;
  error?: string;
  fieldErrors?: Record<string, string[]>;
  retryable?: boolean;
}

export interface QuizReply {
  status: number;
  headers: Headers;
  body: QuizBody;
}

export interface QuizCallOptions {
  /** Extra or replacing headers (content-type, host, origin, x-forwarded-host). */
  headers?: Record<string, string>;
  /** Sent as is instead of JSON.stringify(body). */
  rawBody?: string;
}

/** The request quiz-api.ts sends. A lone surrogate in the id is made well-formed for the URL only. */
export function quizRequest(endpoint: QuizEndpoint, attemptId: string, body: unknown, opts: QuizCallOptions = {}): Request {
  return new Request(`http://localhost/api/attempts/${encodeURIComponent(attemptId.toWellFormed())}/${endpoint}`, {
    method: "POST",
    headers: { "content-type": "application/json", host: "localhost", ...opts.headers },
    body: opts.rawBody ?? JSON.stringify(body),
  });
}

/** POSTs to one quiz route with `attemptId` as the path parameter; the status, headers and JSON reply. */
export async function callQuiz(endpoint: QuizEndpoint, attemptId: string, body: unknown, opts: QuizCallOptions = {}): Promise<QuizReply> {
  const res = await QUIZ_ROUTES[endpoint](quizRequest(endpoint, attemptId, body, opts), { params: Promise.resolve({ attemptId }) });
  const text = await res.text();
  let parsed: QuizBody;
  try {
    parsed = JSON.parse(text) as QuizBody;
  } catch {
    throw new Error(`${endpoint} answered ${res.status} with a body that is not JSON: ${text.slice(0, 200)}`);
  }
  return { status: res.status, headers: res.headers, body: parsed };
}

export const saveAnswerVia = (attemptId: string, position: unknown, token: unknown, opts?: QuizCallOptions) =>
  callQuiz("answers", attemptId, { position, token }, opts);
export const savePredictionVia = (attemptId: string, prediction: unknown, opts?: QuizCallOptions) => callQuiz("prediction", attemptId, { prediction }, opts);
export const submitVia = (attemptId: string, source: unknown = "PARTICIPANT", opts?: QuizCallOptions) => callQuiz("submit", attemptId, { source }, opts);
