// The quiz's JSON endpoints (/api/attempts/<id>/answers|prediction|submit): the hot path of the
// deadline rush. Route handlers rather than server actions: a request costs a fraction of an
// action's RSC pipeline, and the browser sends saves for different questions side by side instead
// of through the router's one-at-a-time action queue. Each answers with the same ActionResult
// JSON the page uses, and an HTTP status that says what kind of answer it is:
//   200 saved/submitted · 400 invalid input · 401 not a signed-in participant · 403 another site
//   409 refused by the rules (submitted, time up, not yours) · 503 busy, nothing written, send again
import "server-only";
import type { z } from "zod";
import { guardDb, type Retryable } from "../actions/db-guard";
import { fail, invalid, type ActionResult } from "../actions/result";
import { currentParticipant, participantFromToken, type ParticipantToken } from "../auth/session";
import { errorResponse } from "../http/error-body";
import { isSameOrigin, NO_STORE, readJsonBody } from "../http/json-route";
import { saveAnswer, savePrediction } from "./answers";
import { submitAttempt } from "./close";
import { MSG } from "./messages";
import { saveAnswerSchema, savePredictionSchema, submitAttemptSchema } from "./schema";

export const FOREIGN_ORIGIN = "Yêu cầu không đến từ trang của cuộc thi.";
export const NOT_JSON = "Nội dung gửi lên không hợp lệ. Vui lòng tải lại trang.";

type Reply = ActionResult<unknown> | Retryable;

function respond(result: Reply, refusedStatus = 409): Response {
  if (result.ok) return Response.json(result, { status: 200, headers: NO_STORE });
  const { error, fieldErrors } = result;
  if ("retryable" in result && result.retryable) return errorResponse(503, error, { fieldErrors, retryable: true }, { "Retry-After": "1" });
  return errorResponse(fieldErrors ? 400 : refusedStatus, error, { fieldErrors });
}

/**
 * caller → origin → JSON body → zod (with the attempt id from the path) → one lib call → reply.
 * `hot`: saves trust the token and match its session version inside their one UPDATE
 * (lib/attempts/answers.ts); the submit checks the session against the account first.
 */
async function handle<S extends z.ZodType>(
  req: Request,
  attemptId: string,
  schema: S,
  operation: string,
  run: (caller: ParticipantToken, input: z.infer<S>) => Promise<ActionResult<unknown>>,
  hot = false,
): Promise<Response> {
  if (!isSameOrigin(req)) return respond(fail(FOREIGN_ORIGIN), 403);
  const caller = hot ? await participantFromToken() : await currentParticipant();
  if (!caller) return respond(fail(MSG.signIn), 401);
  const body = await readJsonBody(req);
  if (body === null || typeof body !== "object" || Array.isArray(body)) return respond(fail(NOT_JSON), 400);
  const parsed = schema.safeParse({ ...body, attemptId });
  if (!parsed.success) return respond(invalid(parsed.error));
  const result = await guardDb(operation, () => run(caller, parsed.data));
  // A session ended by a password reset, found by the save's own UPDATE.
  if (!result.ok && result.error === MSG.signIn) return respond(result, 401);
  return respond(result);
}

export const saveAnswerRoute = (req: Request, attemptId: string) => handle(req, attemptId, saveAnswerSchema, "save", saveAnswer, true);
export const savePredictionRoute = (req: Request, attemptId: string) => handle(req, attemptId, savePredictionSchema, "prediction", savePrediction, true);
export const submitAttemptRoute = (req: Request, attemptId: string) =>
  handle(req, attemptId, submitAttemptSchema, "submit", (caller, input) => submitAttempt(caller.id, input.attemptId, input.source));
