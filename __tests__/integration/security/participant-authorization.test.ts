// The participant-facing server actions and routes check their caller on the server: the start
// action, the quiz's JSON routes (/api/attempts/<id>/answers|prediction|submit) and the personal
// downloads refuse anonymous visitors and staff accounts (a staff session is not a participant),
// and a participant can only act on their own attempt. Registration and account recovery are the
// public actions: anyone may call them, they validate and rate-limit instead.
jest.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "198.51.100.23", "user-agent": "jest" }),
}));
jest.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Error(`NEXT_REDIRECT ${url}`);
  },
}));
jest.mock("next/cache", () => ({ revalidatePath: jest.fn(), revalidateTag: jest.fn() }));

import { readdirSync } from "node:fs";
import { join } from "node:path";
import { GET as myCertificatePdf } from "@/app/(public)/ca-nhan/chung-nhan/[id]/route";
import { GET as myDataDownload } from "@/app/(public)/ca-nhan/du-lieu/route";
import * as attemptActions from "@/lib/attempts/actions";
import { MSG } from "@/lib/attempts/messages";
import { optionToken } from "@/lib/attempts/option-order";
import { STAFF_ROLES, type StaffRole } from "@/lib/auth/roles";
import { setSessionForTests } from "@/lib/auth/session";
import { db } from "@/lib/db";
import * as participantActions from "@/lib/participants/actions";
import { setRateLimitsDisabled } from "@/lib/security/rate-limit";
import { fixedClock, setClock } from "@/lib/time";
import { makeFixture, T0, type Fixture } from "../attempts/fixtures";
import { callQuiz, QUIZ_ROUTES, type QuizEndpoint, type QuizReply } from "../attempts/quiz-routes";

type Caller = "anonymous" | StaffRole;
const CALLERS: Caller[] = ["anonymous", ...STAFF_ROLES];

let f: Fixture;
const staffIds = new Map<StaffRole, string>();

function actAs(caller: Caller | number) {
  if (caller === "anonymous") return setSessionForTests(null);
  if (typeof caller === "number")
    return setSessionForTests({ id: f.participantIds[caller], kind: "participant", contestId: f.contestId, name: `Thí sinh ${caller}` });
  setSessionForTests({ id: staffIds.get(caller)!, kind: "staff", role: caller, name: caller });
}

const startForm = (roundId: string) => {
  const fd = new FormData();
  fd.set("roundId", roundId);
  return fd;
};

/** Every participant action: whether it needs a signed-in participant, and a call with plausible input. */
const PARTICIPANT_ACTIONS: { name: string; needsParticipant: boolean; call: () => Promise<unknown> }[] = [
  { name: "startAttemptAction", needsParticipant: true, call: () => attemptActions.startAttemptAction(null, startForm(f.roundId)) },
  // Registration is for people without an account: public, validated and rate-limited (registration.test.ts).
  { name: "registerAction", needsParticipant: false, call: () => participantActions.registerAction({ contestId: f.contestId } as never) },
  // Account recovery is for people who cannot sign in: public, neutral and rate-limited (recovery.test.ts).
  {
    name: "requestPasswordResetAction",
    needsParticipant: false,
    call: () => participantActions.requestPasswordResetAction({ contestId: f.contestId } as never),
  },
  { name: "resetPasswordByLinkAction", needsParticipant: false, call: () => participantActions.resetPasswordByLinkAction({} as never) },
  {
    name: "resetPasswordByCodeAction",
    needsParticipant: false,
    call: () => participantActions.resetPasswordByCodeAction({ contestId: f.contestId } as never),
  },
];

/** Every quiz route (app/api/attempts/[attemptId]/<endpoint>/route.ts), each with a plausible body for an attempt. */
const QUIZ_ROUTE_CALLS: { name: string; endpoint: QuizEndpoint; call: (attemptId: string) => Promise<QuizReply> }[] = [
  {
    name: "POST /api/attempts/[attemptId]/answers",
    endpoint: "answers",
    call: (attemptId) => callQuiz("answers", attemptId, { position: 0, token: optionToken(attemptId, 0, 1) }),
  },
  { name: "POST /api/attempts/[attemptId]/prediction", endpoint: "prediction", call: (attemptId) => callQuiz("prediction", attemptId, { prediction: 999 }) },
  { name: "POST /api/attempts/[attemptId]/submit", endpoint: "submit", call: (attemptId) => callQuiz("submit", attemptId, { source: "PARTICIPANT" }) },
];

let attemptId = "";

beforeAll(async () => {
  setRateLimitsDisabled(true);
  setClock(fixedClock(T0));
  f = await makeFixture({ participants: 3 });
  for (const role of STAFF_ROLES) {
    const s = await db.staffUser.create({ data: { username: `bv.${role.toLowerCase()}`, fullName: role, role, passwordHash: "x" }, select: { id: true } });
    staffIds.set(role, s.id);
  }
  // Participant 0 has an attempt in progress: the target of everyone else's calls.
  actAs(0);
  await expect(attemptActions.startAttemptAction(null, startForm(f.roundId))).rejects.toThrow(/^NEXT_REDIRECT \/thi\//);
  attemptId = (await db.attempt.findFirstOrThrow({ where: { participantId: f.participantIds[0] }, select: { id: true } })).id;
});

afterAll(() => {
  setSessionForTests(undefined);
  setRateLimitsDisabled(false);
});

test("the table lists every exported participant action", () => {
  const exported = [attemptActions, participantActions].flatMap((m) => Object.keys(m).filter((k) => k.endsWith("Action")));
  expect(exported.sort()).toEqual(PARTICIPANT_ACTIONS.map((a) => a.name).sort());
});

test("the table lists every method of every quiz route under app/api/attempts", () => {
  const root = join(process.cwd(), "app/api/attempts/[attemptId]");
  const endpoints = readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
  const methods = endpoints.flatMap((endpoint) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(join(root, endpoint, "route.ts")) as Record<string, unknown>;
    return ["GET", "POST", "PUT", "PATCH", "DELETE"].filter((m) => typeof mod[m] === "function").map((m) => `${m} /api/attempts/[attemptId]/${endpoint}`);
  });
  expect(methods.sort()).toEqual(QUIZ_ROUTE_CALLS.map((r) => r.name).sort());
  // The calls go to the handler they are named after.
  for (const r of QUIZ_ROUTE_CALLS) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    expect(QUIZ_ROUTES[r.endpoint]).toBe((require(join(root, r.endpoint, "route.ts")) as { POST: unknown }).POST);
  }
});

/** What an attempt looks like to a by-stander: the answers, prediction and status. */
async function attemptState() {
  const a = await db.attempt.findUniqueOrThrow({
    where: { id: attemptId },
    select: { status: true, prediction: true, submittedAt: true, items: { select: { chosenIndex: true } } },
  });
  return { ...a, attempts: await db.attempt.count() };
}

describe.each(PARTICIPANT_ACTIONS.filter((a) => a.needsParticipant))("$name", (action) => {
  test.each(CALLERS)("refuses %s with the sign-in message and changes nothing", async (caller) => {
    const before = await attemptState();
    actAs(caller);
    expect(await action.call()).toEqual({ ok: false, error: MSG.signIn });
    expect(await attemptState()).toEqual(before);
  });
});

describe.each(QUIZ_ROUTE_CALLS)("$name", (route) => {
  test.each(CALLERS)("refuses %s with 401 and the sign-in message, and changes nothing", async (caller) => {
    const before = await attemptState();
    actAs(caller);
    const r = await route.call(attemptId);
    expect(r.status).toBe(401);
    expect(r.body).toEqual({ ok: false, error: MSG.signIn });
    expect(await attemptState()).toEqual(before);
  });

  // Starting always starts the caller's own attempt; the routes name an attempt, which must be the caller's.
  test("refuses another participant acting on someone else's attempt with 409, and changes nothing", async () => {
    const before = await attemptState();
    actAs(1);
    const r = await route.call(attemptId);
    expect(r.status).toBe(409);
    expect(r.body).toEqual({ ok: false, error: MSG.attemptNotFound });
    expect(await attemptState()).toEqual(before);
  });
});

test("the owner gets through every quiz route (the refusals above are about the caller)", async () => {
  actAs(0);
  for (const route of QUIZ_ROUTE_CALLS) {
    const r = await route.call(attemptId);
    expect([route.name, r.status, r.body.ok]).toEqual([route.name, 200, true]);
  }
});

test("a participant session of another contest cannot start this contest's round", async () => {
  const other = await makeFixture({ participants: 1 });
  setSessionForTests({ id: other.participantIds[0], kind: "participant", contestId: other.contestId, name: "Người khác" });
  const before = await db.attempt.count();
  expect(await attemptActions.startAttemptAction(null, startForm(f.roundId))).toEqual({ ok: false, error: MSG.otherContest });
  expect(await db.attempt.count()).toBe(before);
});

test.each(CALLERS)("registration is public: %s gets past the gate to the validation", async (caller) => {
  actAs(caller);
  const r = (await participantActions.registerAction({ contestId: f.contestId } as never)) as { ok: boolean; fieldErrors?: Record<string, string[]> };
  expect(r.ok).toBe(false);
  expect(r.fieldErrors?.fullName).toEqual(["Vui lòng nhập họ và tên."]);
});

describe("personal downloads (/ca-nhan/du-lieu, /ca-nhan/chung-nhan/<id>)", () => {
  test.each(CALLERS)("refuse %s with 401", async (caller) => {
    actAs(caller);
    const audits = await db.auditLog.count();
    expect((await myDataDownload()).status).toBe(401);
    const pdf = await myCertificatePdf(new Request("http://localhost/ca-nhan/chung-nhan/x"), { params: Promise.resolve({ id: "x" }) });
    expect(pdf.status).toBe(401);
    expect(await db.auditLog.count()).toBe(audits);
  });

  test("a participant downloads their own data only, and the download is audited", async () => {
    actAs(2);
    const audits = await db.auditLog.count();
    const res = await myDataDownload();
    expect(res.status).toBe(200);
    const body = JSON.parse(await res.text()) as { profile: { id: string; fullName: string } };
    expect(body.profile).toMatchObject({ id: f.participantIds[2], fullName: "Thí sinh 2" });
    expect(JSON.stringify(body)).not.toContain("Thí sinh 0");
    expect(JSON.stringify(body)).not.toContain("passwordHash");
    expect(await db.auditLog.count()).toBe(audits + 1);
  });
});
