// The quiz's JSON route handlers (/api/attempts/<attemptId>/answers|prediction|submit) as public
// endpoints: where the request comes from, who is calling, what the body is, what the rules say,
// and what comes back (status, JSON, headers). lib/attempts/api.ts documents the statuses.
import { FOREIGN_ORIGIN, NOT_JSON } from "@/lib/attempts/api";
import { MSG } from "@/lib/attempts/messages";
import { optionToken } from "@/lib/attempts/option-order";
import { startAttempt } from "@/lib/attempts/start";
import { setSessionForTests } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { setRateLimitsDisabled } from "@/lib/security/rate-limit";
import { fixedClock, setClock } from "@/lib/time";
import { caller, client, makeFixture, MIN, T0, type Fixture } from "./fixtures";
import { callQuiz, saveAnswerVia, savePredictionVia, submitVia, type QuizEndpoint, type QuizReply } from "./quiz-routes";

jest.mock("next/cache", () => ({ revalidatePath: jest.fn(), revalidateTag: jest.fn() }));

const ENDPOINTS: QuizEndpoint[] = ["answers", "prediction", "submit"];
const KEY_MARKERS = ["correctIndex", "isCorrect", "explanation", "optionOrder"];

let f: Fixture;
const as = (i: number, fx: Fixture = f) =>
  setSessionForTests({ id: fx.participantIds[i], kind: "participant", contestId: fx.contestId, name: `Thí sinh ${i}` });
const asStaff = () => setSessionForTests({ id: "staff-1", kind: "staff", role: "ADMIN", name: "Quản trị" });

/** Participant i of `fx` starts (or resumes) an attempt; its id. */
async function attemptOf(i: number, fx: Fixture = f): Promise<string> {
  const r = await startAttempt(caller(fx, i), fx.roundId, client);
  if (!r.ok) throw new Error(r.error);
  return r.data.attemptId;
}

/** A valid body for each endpoint, for an attempt of the round. */
function validBody(endpoint: QuizEndpoint, attemptId: string, display = 1): Record<string, unknown> {
  if (endpoint === "answers") return { position: 0, token: optionToken(attemptId, 0, display) };
  if (endpoint === "prediction") return { prediction: 777 };
  return { source: "PARTICIPANT" };
}

/** What the routes can change about an attempt. */
async function stateOf(attemptId: string) {
  return db.attempt.findUniqueOrThrow({
    where: { id: attemptId },
    select: {
      status: true,
      prediction: true,
      submittedAt: true,
      submitSource: true,
      correctCount: true,
      items: { orderBy: { position: "asc" }, select: { chosenIndex: true, savedAt: true } },
    },
  });
}

function expectNoKey(reply: QuizReply) {
  for (const marker of KEY_MARKERS) expect(JSON.stringify(reply.body)).not.toContain(marker);
}

beforeAll(async () => {
  setRateLimitsDisabled(true);
  setClock(fixedClock(T0));
  f = await makeFixture({ participants: 3 });
});
afterEach(() => {
  setClock(fixedClock(T0));
});
afterAll(() => {
  setSessionForTests(null);
  setRateLimitsDisabled(false);
});

describe("who is calling", () => {
  test.each(ENDPOINTS)("%s: without a participant session the route answers 401 with the sign-in message, and nothing is written", async (endpoint) => {
    const attemptId = await attemptOf(0);
    const before = await stateOf(attemptId);
    setSessionForTests(null);
    const anonymous = await callQuiz(endpoint, attemptId, validBody(endpoint, attemptId));
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toEqual({ ok: false, error: MSG.signIn });
    expect(await stateOf(attemptId)).toEqual(before);
  });

  test.each(ENDPOINTS)("%s: a staff session is not a participant: 401, and nothing is written", async (endpoint) => {
    const attemptId = await attemptOf(0);
    const before = await stateOf(attemptId);
    asStaff();
    const staff = await callQuiz(endpoint, attemptId, validBody(endpoint, attemptId));
    expect(staff.status).toBe(401);
    expect(staff.body).toEqual({ ok: false, error: MSG.signIn });
    expect(await stateOf(attemptId)).toEqual(before);
  });

  test.each(ENDPOINTS)("%s: another participant's attempt is refused with 409 'not found', and nothing is written", async (endpoint) => {
    const attemptId = await attemptOf(0);
    const before = await stateOf(attemptId);
    as(1);
    const r = await callQuiz(endpoint, attemptId, validBody(endpoint, attemptId));
    expect(r.status).toBe(409);
    expect(r.body).toEqual({ ok: false, error: MSG.attemptNotFound });
    expect(await stateOf(attemptId)).toEqual(before);
  });

  test("an attempt id that does not exist is refused with 409 'not found'", async () => {
    as(0);
    for (const endpoint of ENDPOINTS) {
      const r = await callQuiz(endpoint, "khong-ton-tai", validBody(endpoint, "khong-ton-tai"));
      expect([endpoint, r.status, r.body]).toEqual([endpoint, 409, { ok: false, error: MSG.attemptNotFound }]);
    }
  });
});

describe("where the request comes from (Origin)", () => {
  const FOREIGN = ["https://evil.example", "http://localhost.evil.example", "http://localhost:8080", "null", "not a url"];

  test.each(ENDPOINTS)("%s: a foreign Origin is refused with 403 before anything is read or written", async (endpoint) => {
    const attemptId = await attemptOf(0);
    const before = await stateOf(attemptId);
    as(0);
    for (const origin of FOREIGN) {
      const r = await callQuiz(endpoint, attemptId, validBody(endpoint, attemptId), { headers: { origin } });
      expect([origin, r.status, r.body]).toEqual([origin, 403, { ok: false, error: FOREIGN_ORIGIN }]);
    }
    expect(await stateOf(attemptId)).toEqual(before);
  });

  test("the Origin check comes before the session check: a foreign page learns nothing about the visitor", async () => {
    setSessionForTests(null);
    const r = await callQuiz("answers", "x", { position: 0, token: "t" }, { headers: { origin: "https://evil.example" } });
    expect(r.status).toBe(403);
  });

  test("an Origin equal to the Host is accepted, and so is a request without an Origin", async () => {
    const attemptId = await attemptOf(0);
    as(0);
    const same = await saveAnswerVia(attemptId, 0, optionToken(attemptId, 0, 2), { headers: { origin: "http://localhost" } });
    expect(same.status).toBe(200);
    expect((await stateOf(attemptId)).items[0].chosenIndex).toBe(2);
    const withPort = await saveAnswerVia(attemptId, 0, optionToken(attemptId, 0, 3), { headers: { host: "localhost:3000", origin: "http://localhost:3000" } });
    expect(withPort.status).toBe(200);
    expect((await stateOf(attemptId)).items[0].chosenIndex).toBe(3);
    const none = await saveAnswerVia(attemptId, 0, optionToken(attemptId, 0, 1));
    expect(none.status).toBe(200);
    expect((await stateOf(attemptId)).items[0].chosenIndex).toBe(1);
  });

  test("behind a trusted proxy (TRUSTED_PROXY_HOPS=1) the forwarded host is the site's host", async () => {
    const attemptId = await attemptOf(0);
    as(0);
    process.env.TRUSTED_PROXY_HOPS = "1";
    try {
      const proxied = { host: "127.0.0.1:3000", "x-forwarded-host": "thi.example.vn" };
      const ok = await saveAnswerVia(attemptId, 0, optionToken(attemptId, 0, 2), { headers: { ...proxied, origin: "https://thi.example.vn" } });
      expect(ok.status).toBe(200);
      const internal = await saveAnswerVia(attemptId, 0, optionToken(attemptId, 0, 3), { headers: { ...proxied, origin: "http://127.0.0.1:3000" } });
      expect(internal.status).toBe(403);
      expect((await stateOf(attemptId)).items[0].chosenIndex).toBe(2);
    } finally {
      delete process.env.TRUSTED_PROXY_HOPS;
    }
  });

  test("without a trusted proxy a client's own X-Forwarded-Host is ignored", async () => {
    const attemptId = await attemptOf(0);
    const before = await stateOf(attemptId);
    as(0);
    const forged = await saveAnswerVia(attemptId, 0, optionToken(attemptId, 0, 3), {
      headers: { host: "thi.example.vn", "x-forwarded-host": "evil.example", origin: "https://evil.example" },
    });
    expect(forged.status).toBe(403);
    expect(await stateOf(attemptId)).toEqual(before);
  });

  test("no Origin but Sec-Fetch-Site from another site (or a sibling sub-domain) is refused", async () => {
    const attemptId = await attemptOf(0);
    const before = await stateOf(attemptId);
    as(0);
    for (const site of ["cross-site", "same-site"]) {
      const r = await saveAnswerVia(attemptId, 0, optionToken(attemptId, 0, 3), { headers: { "sec-fetch-site": site } });
      expect([site, r.status]).toEqual([site, 403]);
    }
    expect(await stateOf(attemptId)).toEqual(before);
    const same = await saveAnswerVia(attemptId, 0, optionToken(attemptId, 0, 3), { headers: { "sec-fetch-site": "same-origin" } });
    expect(same.status).toBe(200);
  });
});

describe("what the body is", () => {
  test.each(ENDPOINTS)("%s: a body that is not a JSON object is refused with 400, and nothing is written", async (endpoint) => {
    const attemptId = await attemptOf(0);
    const before = await stateOf(attemptId);
    as(0);
    const json = JSON.stringify(validBody(endpoint, attemptId));
    const cases: [string, Parameters<typeof callQuiz>[3]][] = [
      ["text/plain", { headers: { "content-type": "text/plain;charset=UTF-8" }, rawBody: json }],
      [
        "a form",
        {
          headers: { "content-type": "application/x-www-form-urlencoded" },
          rawBody: new URLSearchParams(validBody(endpoint, attemptId) as Record<string, string>).toString(),
        },
      ],
      ["malformed JSON", { rawBody: json.slice(0, -1) }],
      ["an empty body", { rawBody: "" }],
      ["an array", { rawBody: `[${json}]` }],
      ["null", { rawBody: "null" }],
      ["a number", { rawBody: "42" }],
      ["a string", { rawBody: JSON.stringify(json) }],
      ["an oversized body", { rawBody: JSON.stringify({ ...validBody(endpoint, attemptId), padding: "x".repeat(5_000) }) }],
    ];
    for (const [what, opts] of cases) {
      const r = await callQuiz(endpoint, attemptId, null, opts);
      expect([what, r.status, r.body]).toEqual([what, 400, { ok: false, error: NOT_JSON }]);
    }
    expect(await stateOf(attemptId)).toEqual(before);
  });

  test("the size limit is what refuses the oversized body: the same body padded to under 4 KB is saved", async () => {
    const attemptId = await attemptOf(0);
    as(0);
    const body = { position: 0, token: optionToken(attemptId, 0, 3) };
    const padded = await callQuiz("answers", attemptId, { ...body, padding: "x".repeat(3_500) });
    expect(padded.status).toBe(200);
    expect((await stateOf(attemptId)).items[0].chosenIndex).toBe(3);
    const tooBig = await callQuiz("answers", attemptId, { ...body, token: optionToken(attemptId, 0, 0), padding: "x".repeat(4_100) });
    expect(tooBig.status).toBe(400);
    expect((await stateOf(attemptId)).items[0].chosenIndex).toBe(3);
    // A declared length over the limit is refused without reading the body.
    const declared = await callQuiz("answers", attemptId, { ...body, token: optionToken(attemptId, 0, 0) }, { headers: { "content-length": "10000000" } });
    expect(declared.status).toBe(400);
    expect((await stateOf(attemptId)).items[0].chosenIndex).toBe(3);
  });

  test("application/json with a charset is JSON", async () => {
    const attemptId = await attemptOf(0);
    as(0);
    const r = await savePredictionVia(attemptId, 31, { headers: { "content-type": "application/json; charset=utf-8" } });
    expect(r.status).toBe(200);
    expect((await stateOf(attemptId)).prediction).toBe(31);
  });

  test.each([
    ["a negative prediction", -1],
    ["a prediction over one billion", 1_000_000_001],
    ["a fractional prediction", 2.5],
    ["a text prediction", "12"],
    ["no prediction", undefined],
  ])("the prediction route refuses %s with 400 and field errors", async (_label, prediction) => {
    const attemptId = await attemptOf(1);
    as(1);
    const r = await savePredictionVia(attemptId, prediction);
    expect(r.status).toBe(400);
    expect(r.body.ok).toBe(false);
    expect(r.body.fieldErrors?.prediction?.length).toBeGreaterThan(0);
    expect((await stateOf(attemptId)).prediction).toBeNull();
  });

  test.each([
    ["a missing token", { position: 0 }, "token"],
    ["an empty token", { position: 0, token: "" }, "token"],
    ["a negative position", { position: -1, token: "t" }, "position"],
    ["a text position", { position: "0", token: "t" }, "position"],
  ])("the answers route refuses %s with 400 and field errors", async (_label, body, field) => {
    as(1);
    const r = await callQuiz("answers", "a", body);
    expect(r.status).toBe(400);
    expect(r.body.fieldErrors?.[field]?.length).toBeGreaterThan(0);
  });

  test.each(ENDPOINTS)("%s: an empty attempt id in the path is refused with 400", async (endpoint) => {
    const attemptId = await attemptOf(1);
    as(1);
    const r = await callQuiz(endpoint, "", { ...validBody(endpoint, attemptId), attemptId });
    expect(r.status).toBe(400);
    expect(r.body.fieldErrors?.attemptId?.length).toBeGreaterThan(0);
  });

  test("the submit route refuses an unknown source with 400", async () => {
    const attemptId = await attemptOf(1);
    as(1);
    for (const body of [{ source: "LAZY_CLOSE" }, { source: "participant" }, { source: null }, {}]) {
      const r = await callQuiz("submit", attemptId, body);
      expect([body, r.status]).toEqual([body, 400]);
      expect(r.body.fieldErrors?.source?.length).toBeGreaterThan(0);
    }
    expect((await stateOf(attemptId)).status).toBe("IN_PROGRESS");
  });

  test("the attempt id comes from the path: one in the body is ignored", async () => {
    const fx = await makeFixture({ participants: 2 });
    const mine = await attemptOf(0, fx);
    const theirs = await attemptOf(1, fx);
    as(0, fx);
    // The path names my attempt, the body another one: my attempt is saved, the other is untouched.
    const theirsBefore = await stateOf(theirs);
    const saved = await callQuiz("answers", mine, { attemptId: theirs, position: 0, token: optionToken(mine, 0, 2) });
    expect(saved.status).toBe(200);
    expect((await stateOf(mine)).items[0].chosenIndex).toBe(2);
    const predicted = await callQuiz("prediction", mine, { attemptId: theirs, prediction: 55 });
    expect(predicted.status).toBe(200);
    expect((await stateOf(mine)).prediction).toBe(55);
    expect(await stateOf(theirs)).toEqual(theirsBefore);
    // The path names the other attempt, the body mine: refused as not mine, and mine is untouched.
    const mineBefore = await stateOf(mine);
    for (const endpoint of ENDPOINTS) {
      const r = await callQuiz(endpoint, theirs, { ...validBody(endpoint, theirs), attemptId: mine });
      expect([endpoint, r.status, r.body]).toEqual([endpoint, 409, { ok: false, error: MSG.attemptNotFound }]);
    }
    expect(await stateOf(mine)).toEqual(mineBefore);
    expect(await stateOf(theirs)).toEqual(theirsBefore);
  });
});

describe("what the rules say", () => {
  test("save → predict → submit through the routes: 200 with the data, stored, and no key in any reply", async () => {
    const fx = await makeFixture({ participants: 1 });
    const attemptId = await attemptOf(0, fx);
    as(0, fx);
    const replies: QuizReply[] = [];
    replies.push(await saveAnswerVia(attemptId, 0, optionToken(attemptId, 0, 2)));
    replies.push(await saveAnswerVia(attemptId, 1, optionToken(attemptId, 1, 0)));
    replies.push(await savePredictionVia(attemptId, 4321));
    const submitted = await submitVia(attemptId, "PARTICIPANT");
    replies.push(submitted);
    for (const r of replies) {
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ ok: true });
      expectNoKey(r);
    }
    expect(replies[0].body).toEqual({ ok: true, data: { savedAt: T0.toISOString() } });
    expect(replies[2].body).toEqual({ ok: true, data: { savedAt: T0.toISOString() } });
    expect(submitted.body.data).toMatchObject({ attemptId, questionCount: 5, submitSource: "PARTICIPANT", submittedAt: T0.toISOString() });
    expect(Object.keys(submitted.body.data as object).sort()).toEqual([
      "attemptId",
      "correctCount",
      "durationMs",
      "graceUsedMs",
      "questionCount",
      "submitSource",
      "submittedAt",
    ]);
    const stored = await stateOf(attemptId);
    expect(stored).toMatchObject({ status: "SUBMITTED", prediction: 4321, submitSource: "PARTICIPANT" });
    expect(stored.items.map((i) => i.chosenIndex)).toEqual([2, 0, null, null, null]);
    // A second submit is idempotent: the stored summary again.
    const again = await submitVia(attemptId, "PARTICIPANT");
    expect(again.status).toBe(200);
    expect(again.body).toEqual(submitted.body);
  });

  test("after the submit, a save and a prediction are refused with 409, and nothing changes", async () => {
    const attemptId = await attemptOf(2);
    as(2);
    expect((await saveAnswerVia(attemptId, 0, optionToken(attemptId, 0, 1))).status).toBe(200);
    expect((await submitVia(attemptId)).status).toBe(200);
    const before = await stateOf(attemptId);
    const save = await saveAnswerVia(attemptId, 0, optionToken(attemptId, 0, 3));
    expect(save.status).toBe(409);
    expect(save.body).toEqual({ ok: false, error: MSG.saveSubmitted });
    const prediction = await savePredictionVia(attemptId, 9);
    expect(prediction.status).toBe(409);
    expect(prediction.body).toEqual({ ok: false, error: MSG.saveSubmitted });
    expect(await stateOf(attemptId)).toEqual(before);
  });

  test("an option token of another question or attempt is refused with 409", async () => {
    const fx = await makeFixture({ participants: 2 });
    const attemptId = await attemptOf(0, fx);
    const other = await attemptOf(1, fx);
    as(0, fx);
    for (const token of [optionToken(attemptId, 1, 0), optionToken(other, 0, 0), "tok-0-0"]) {
      const r = await saveAnswerVia(attemptId, 0, token);
      expect([token, r.status, r.body]).toEqual([token, 409, { ok: false, error: MSG.invalidOption }]);
    }
    expect((await stateOf(attemptId)).items[0].chosenIndex).toBeNull();
  });

  test("time up: saves are refused with 409 at once, the submit within the grace period, then refused", async () => {
    const fx = await makeFixture({ participants: 2, round: { timeLimitSec: 600, graceSec: 10 } });
    const late = await attemptOf(0, fx);
    const inGrace = await attemptOf(1, fx);
    setClock(fixedClock(new Date(T0.getTime() + 10 * MIN + 1_000)));
    as(0, fx);
    const save = await saveAnswerVia(late, 0, optionToken(late, 0, 1));
    expect([save.status, save.body]).toEqual([409, { ok: false, error: MSG.saveExpired }]);
    const prediction = await savePredictionVia(late, 10);
    expect([prediction.status, prediction.body]).toEqual([409, { ok: false, error: MSG.saveExpired }]);
    as(1, fx);
    const graced = await submitVia(inGrace, "AUTO");
    expect(graced.status).toBe(200);
    expect(graced.body.data).toMatchObject({ submitSource: "AUTO" });
    setClock(fixedClock(new Date(T0.getTime() + 10 * MIN + 11_000)));
    as(0, fx);
    const tooLate = await submitVia(late, "AUTO");
    expect([tooLate.status, tooLate.body]).toEqual([409, { ok: false, error: MSG.lateSubmit }]);
    expect(await stateOf(late)).toMatchObject({ status: "SUBMITTED", submitSource: "LAZY_CLOSE", prediction: null });
  });
});

test("every reply, whatever its status, is JSON marked Cache-Control: no-store", async () => {
  const attemptId = await attemptOf(0);
  as(0);
  const replies: [number, QuizReply][] = [
    [200, await saveAnswerVia(attemptId, 0, optionToken(attemptId, 0, 1))],
    [400, await saveAnswerVia(attemptId, -1, "t")],
    [400, await callQuiz("answers", attemptId, null, { rawBody: "{" })],
    [403, await saveAnswerVia(attemptId, 0, "t", { headers: { origin: "https://evil.example" } })],
    [409, await saveAnswerVia(attemptId, 0, "t")],
    [200, await savePredictionVia(attemptId, 1)],
    [200, await submitVia(attemptId)],
  ];
  setSessionForTests(null);
  replies.push([401, await submitVia(attemptId)]);
  for (const [status, r] of replies) {
    expect(r.status).toBe(status);
    expect(r.headers.get("cache-control")).toBe("no-store");
    expect(r.headers.get("content-type")).toMatch(/^application\/json/);
    expectNoKey(r);
  }
});
