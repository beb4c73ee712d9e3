// The quiz's server action (Start/Resume) as a public endpoint: who is calling, input validation,
// and where it leads. Saving, the prediction and submitting are route handlers: routes.test.ts.
import { startAttemptAction } from "@/lib/attempts/actions";
import { MSG } from "@/lib/attempts/messages";
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

test("without a participant session the start action refuses", async () => {
  setSessionForTests(null);
  const before = await db.attempt.count();
  expect(await startAttemptAction(null, form(f.roundId))).toEqual({ ok: false, error: MSG.signIn });
  setSessionForTests({ id: "staff-1", kind: "staff", role: "ADMIN", name: "Quản trị" });
  expect(await startAttemptAction(null, form(f.roundId))).toEqual({ ok: false, error: MSG.signIn });
  expect(await db.attempt.count()).toBe(before);
});

test("start redirects into the new attempt, with the client's IP and user agent stored only as hashes", async () => {
  as(0);
  await expect(startAttemptAction(null, form(f.roundId))).rejects.toThrow(/^NEXT_REDIRECT \/thi\/\w+$/);
  const attempt = await db.attempt.findFirstOrThrow({ where: { participantId: f.participantIds[0] } });
  expect(attempt.ipHash).toMatch(/^[0-9a-f]{32}$/);
  expect(attempt.userAgentHash).toMatch(/^[0-9a-f]{32}$/);
  expect(JSON.stringify(attempt)).not.toContain("192.0.2.44");
  // Pressing the button again resumes the same attempt.
  await expect(startAttemptAction(null, form(f.roundId))).rejects.toThrow(`NEXT_REDIRECT /thi/${attempt.id}`);
  expect(await db.attempt.count({ where: { participantId: f.participantIds[0] } })).toBe(1);
});

test.each([
  ["no round id", null],
  ["an empty round id", ""],
  ["an overlong round id", "x".repeat(65)],
])("the start action refuses %s with field errors", async (_label, roundId) => {
  as(1);
  const fd = new FormData();
  if (roundId !== null) fd.set("roundId", roundId);
  const r = await startAttemptAction(null, fd);
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.fieldErrors?.roundId?.length).toBeGreaterThan(0);
  expect(await db.attempt.count({ where: { participantId: f.participantIds[1] } })).toBe(0);
});
