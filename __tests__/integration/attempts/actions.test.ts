// The server actions as public endpoints: who is calling, input validation, and what they return.
import { saveAnswerAction, savePredictionAction, startAttemptAction, submitAttemptAction } from "@/lib/attempts/actions";
import { MSG } from "@/lib/attempts/messages";
import { optionToken } from "@/lib/attempts/option-order";
import { setSessionForTests } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { setRateLimitsDisabled } from "@/lib/security/rate-limit";
import { fixedClock, setClock } from "@/lib/time";
import { makeFixture, T0, type Fixture } from "./fixtures";

jest.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "192.0.2.44, 10.0.0.1", "user-agent": "Mozilla/5.0 (Android)" }),
}));
jest.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Error(`NEXT_REDIRECT ${url}`);
  },
}));
jest.mock("next/cache", () => ({ revalidatePath: jest.fn(), revalidateTag: jest.fn() }));

let f: Fixture;
const as = (i: number) => setSessionForTests({ id: f.participantIds[i], kind: "participant", contestId: f.contestId, name: `Thí sinh ${i}` });
const form = (roundId: string) => {
  const fd = new FormData();
  fd.set("roundId", roundId);
  return fd;
};

beforeAll(async () => {
  setRateLimitsDisabled(true);
  setClock(fixedClock(T0));
  f = await makeFixture();
});
afterAll(() => {
  setSessionForTests(null);
  setRateLimitsDisabled(false);
});

test("without a participant session every action refuses", async () => {
  setSessionForTests(null);
  expect(await startAttemptAction(null, form(f.roundId))).toEqual({ ok: false, error: MSG.signIn });
  expect(await saveAnswerAction({ attemptId: "x", position: 0, token: "t" })).toEqual({ ok: false, error: MSG.signIn });
  expect(await savePredictionAction({ attemptId: "x", prediction: 1 })).toEqual({ ok: false, error: MSG.signIn });
  expect(await submitAttemptAction({ attemptId: "x", source: "PARTICIPANT" })).toEqual({ ok: false, error: MSG.signIn });
  setSessionForTests({ id: "staff-1", kind: "staff", role: "ADMIN", name: "Quản trị" });
  expect(await saveAnswerAction({ attemptId: "x", position: 0, token: "t" })).toEqual({ ok: false, error: MSG.signIn });
});

test("start → save → predict → submit through the actions, with no key in any result", async () => {
  as(0);
  await expect(startAttemptAction(null, form(f.roundId))).rejects.toThrow(/^NEXT_REDIRECT \/thi\/\w+$/);
  const attempt = await db.attempt.findFirstOrThrow({ where: { participantId: f.participantIds[0] } });
  expect(attempt.ipHash).toMatch(/^[0-9a-f]{32}$/);
  expect(attempt.userAgentHash).toMatch(/^[0-9a-f]{32}$/);

  const results: unknown[] = [];
  results.push(await saveAnswerAction({ attemptId: attempt.id, position: 0, token: optionToken(attempt.id, 0, 2) }));
  results.push(await savePredictionAction({ attemptId: attempt.id, prediction: 4321 }));
  const submitted = await submitAttemptAction({ attemptId: attempt.id, source: "PARTICIPANT" });
  results.push(submitted);
  expect(submitted.ok).toBe(true);
  for (const r of results) {
    expect(r).toMatchObject({ ok: true });
    for (const marker of ["correctIndex", "isCorrect", "explanation", "optionOrder"]) expect(JSON.stringify(r)).not.toContain(marker);
  }
  const stored = await db.attempt.findUniqueOrThrow({ where: { id: attempt.id }, include: { items: { where: { position: 0 } } } });
  expect(stored.prediction).toBe(4321);
  expect(stored.items[0].chosenIndex).toBe(2);
});

test.each([
  ["a negative prediction", { prediction: -1 }],
  ["a prediction over one billion", { prediction: 1_000_000_001 }],
  ["a fractional prediction", { prediction: 2.5 }],
  ["a text prediction", { prediction: "12" }],
])("the prediction action refuses %s", async (_label, patch) => {
  as(1);
  const r = await savePredictionAction({ attemptId: "any", ...patch });
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.fieldErrors?.prediction?.length).toBeGreaterThan(0);
});

test.each([
  ["a missing token", { attemptId: "a", position: 0 }],
  ["a negative position", { attemptId: "a", position: -1, token: "t" }],
  ["no attempt id", { position: 0, token: "t" }],
])("the save action refuses %s", async (_label, input) => {
  as(1);
  expect((await saveAnswerAction(input)).ok).toBe(false);
});

test("the submit action refuses an unknown source", async () => {
  as(1);
  expect((await submitAttemptAction({ attemptId: "a", source: "LAZY_CLOSE" })).ok).toBe(false);
});
