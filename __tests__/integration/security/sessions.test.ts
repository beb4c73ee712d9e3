// A session ends when the account's password changes, on a staff reset, on disable/re-enable and
// on "Đăng xuất mọi thiết bị" (docs/SECURITY.md "Sessions"). Real session cookies: tokens minted
// by next-auth's encoder with the claims the sign-in's jwt callback stamps (including `sv`), read
// back through next/headers' cookies() exactly as a request's cookie would be.
const jar = new Map<string, string>();
jest.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
  }),
  headers: async () => new Headers({ "user-agent": "jest" }),
}));
jest.mock("next/cache", () => ({ revalidatePath: jest.fn(), revalidateTag: jest.fn() }));

import { encode, type JWT } from "next-auth/jwt";
import { POST as answersRoute } from "@/app/api/attempts/[attemptId]/answers/route";
import { POST as predictionRoute } from "@/app/api/attempts/[attemptId]/prediction/route";
import { POST as submitRoute } from "@/app/api/attempts/[attemptId]/submit/route";
import { optionToken } from "@/lib/attempts/option-order";
import { startAttempt } from "@/lib/attempts/start";
import { authOptions } from "@/lib/auth/options";
import { hashPassword } from "@/lib/auth/password";
import { authorizeStaff, currentParticipant, currentStaff, setSessionForTests } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { resetParticipantPasswordAction } from "@/lib/participants/staff-actions";
import { setRateLimitsDisabled } from "@/lib/security/rate-limit";
import {
  changeOwnPasswordAction,
  resetStaffPasswordAction,
  setStaffDisabledAction,
  signOutEverywhereAction,
  signOutStaffEverywhereAction,
} from "@/lib/staff/actions";
import { fixedClock, setClock } from "@/lib/time";
import { caller, client, makeFixture, T0 } from "../attempts/fixtures";

const COOKIE = "next-auth.session-token";
const SECRET = "bi-mat-phien-dang-nhap-kiem-tra-0123456789";

/** What a sign-in stores in the cookie: next-auth's jwt callback (which reads the version), encoded. */
async function signIn(user: { id: string; kind: "staff" | "participant"; role?: "ADMIN" | "EDITOR"; contestId?: string; name: string }): Promise<string> {
  const token = (await authOptions.callbacks!.jwt!({
    token: { name: user.name } as JWT,
    user: user as never,
    account: null,
    trigger: "signIn",
  } as never)) as JWT;
  return encode({ token, secret: SECRET, maxAge: 3600 });
}

function useCookie(value: string) {
  setSessionForTests(undefined); // back to reading the cookie
  jar.set(COOKIE, value);
}

let admin: { id: string; username: string };
let target: { id: string; username: string };

beforeAll(async () => {
  authOptions.secret = SECRET;
  setRateLimitsDisabled(true);
  admin = await db.staffUser.create({
    data: { username: "phien.admin", fullName: "Quản trị", role: "ADMIN", passwordHash: "x" },
    select: { id: true, username: true },
  });
  target = await db.staffUser.create({
    data: { username: "phien.editor", fullName: "Biên tập", role: "EDITOR", passwordHash: await hashPassword("mat-khau-cu-123") },
    select: { id: true, username: true },
  });
});
afterAll(() => {
  setSessionForTests(null);
  setRateLimitsDisabled(false);
});

const asAdmin = () => setSessionForTests({ id: admin.id, kind: "staff", role: "ADMIN", name: "Quản trị" });
const editor = () => ({ id: target.id, kind: "staff" as const, role: "EDITOR" as const, name: "Biên tập" });

describe("staff sessions", () => {
  test("the sign-in stamps the account's session version into the token", async () => {
    await db.staffUser.update({ where: { id: target.id }, data: { sessionVersion: 7 } });
    const token = (await authOptions.callbacks!.jwt!({ token: {} as JWT, user: editor() as never, account: null } as never)) as JWT;
    expect(token.sv).toBe(7);
    await db.staffUser.update({ where: { id: target.id }, data: { sessionVersion: 0 } });
  });

  test("an ADMIN's password reset ends the sessions opened before it; a new sign-in works", async () => {
    const old = await signIn(editor());
    useCookie(old);
    expect((await currentStaff())?.id).toBe(target.id);
    asAdmin();
    expect(await resetStaffPasswordAction({ id: target.id, password: "mat-khau-moi-456" })).toMatchObject({ ok: true });
    useCookie(old);
    expect(await currentStaff()).toBeNull();
    expect(await authorizeStaff("statistics")).toMatchObject({ ok: false, status: 401 });
    useCookie(await signIn(editor()));
    expect((await currentStaff())?.id).toBe(target.id);
  });

  test("disabling ends the sessions, and re-enabling does not revive them", async () => {
    const old = await signIn(editor());
    asAdmin();
    expect(await setStaffDisabledAction({ id: target.id, disabled: true })).toMatchObject({ ok: true });
    expect(await setStaffDisabledAction({ id: target.id, disabled: false })).toMatchObject({ ok: true });
    useCookie(old);
    expect(await currentStaff()).toBeNull();
    useCookie(await signIn(editor()));
    expect((await currentStaff())?.id).toBe(target.id);
  });

  test("one's own password change ends the other devices' sessions and keeps this one", async () => {
    await db.staffUser.update({ where: { id: target.id }, data: { passwordHash: await hashPassword("mat-khau-cu-123") } });
    const otherDevice = await signIn(editor());
    const thisDevice = await signIn(editor());
    useCookie(thisDevice);
    expect(
      await changeOwnPasswordAction({ currentPassword: "mat-khau-cu-123", newPassword: "mat-khau-rieng-789", confirmPassword: "mat-khau-rieng-789" }),
    ).toEqual({ ok: true, data: { id: target.id } });
    // The action re-issued this device's cookie with the new version.
    expect(jar.get(COOKIE)).not.toBe(thisDevice);
    expect((await currentStaff())?.id).toBe(target.id);
    useCookie(thisDevice);
    expect(await currentStaff()).toBeNull();
    useCookie(otherDevice);
    expect(await currentStaff()).toBeNull();
  });

  test("“Đăng xuất mọi thiết bị”: for oneself (this device too) and by an ADMIN for another account, audited", async () => {
    const mine = await signIn(editor());
    useCookie(mine);
    expect(await signOutEverywhereAction()).toEqual({ ok: true, data: { id: target.id } });
    useCookie(mine);
    expect(await currentStaff()).toBeNull();

    const again = await signIn(editor());
    asAdmin();
    expect(await signOutStaffEverywhereAction({ id: target.id })).toEqual({ ok: true, data: { id: target.id } });
    useCookie(again);
    expect(await currentStaff()).toBeNull();
    const entries = await db.auditLog.findMany({
      where: { action: "staff.sign_out_everywhere", entityId: target.id },
      orderBy: { id: "asc" },
      select: { actorName: true },
    });
    expect(entries.map((e) => e.actorName)).toEqual([target.username, admin.username]);

    // An EDITOR may not end someone else's sessions.
    useCookie(await signIn(editor()));
    expect(await signOutStaffEverywhereAction({ id: admin.id })).toMatchObject({ ok: false });
  });
});

describe("participant sessions", () => {
  test("a staff password reset ends the participant's sessions: pages, saves, the prediction and the submit refuse the old cookie", async () => {
    setClock(fixedClock(T0));
    const f = await makeFixture({ participants: 1 });
    const started = await startAttempt(caller(f, 0), f.roundId, client);
    if (!started.ok) throw new Error(started.error);
    const attemptId = started.data.attemptId;
    const me = { id: f.participantIds[0], kind: "participant" as const, contestId: f.contestId, name: "Thí sinh" };
    const ctx = { params: Promise.resolve({ attemptId }) };
    const post = (route: typeof answersRoute, body: unknown) =>
      route(
        new Request(`http://localhost/api/attempts/${attemptId}/x`, {
          method: "POST",
          headers: { "content-type": "application/json", host: "localhost", origin: "http://localhost" },
          body: JSON.stringify(body),
        }),
        ctx,
      );
    const state = () =>
      db.attempt.findUniqueOrThrow({
        where: { id: attemptId },
        select: { status: true, prediction: true, items: { where: { position: 0 }, select: { chosenIndex: true } } },
      });

    const old = await signIn(me);
    useCookie(old);
    expect((await currentParticipant())?.id).toBe(me.id);
    expect((await post(answersRoute, { position: 0, token: optionToken(attemptId, 0, 1) })).status).toBe(200);

    asAdmin();
    expect(await resetParticipantPasswordAction({ participantId: me.id, reason: "Thí sinh quên mật khẩu, đã xác minh" })).toMatchObject({ ok: true });

    useCookie(old);
    const before = await state();
    expect(await currentParticipant()).toBeNull();
    expect((await post(answersRoute, { position: 0, token: optionToken(attemptId, 0, 2) })).status).toBe(401);
    expect((await post(predictionRoute, { prediction: 99 })).status).toBe(401);
    expect((await post(submitRoute, { source: "PARTICIPANT" })).status).toBe(401);
    expect(await state()).toEqual(before);

    useCookie(await signIn(me));
    expect((await currentParticipant())?.id).toBe(me.id);
    expect((await post(answersRoute, { position: 0, token: optionToken(attemptId, 0, 2) })).status).toBe(200);
  });

  test("a reset on another instance ends the session on this one within 5 seconds (the version is re-read at most every 5 s)", async () => {
    const f = await makeFixture({ participants: 1 });
    const me = { id: f.participantIds[0], kind: "participant" as const, contestId: f.contestId, name: "Thí sinh" };
    let clock = 1_000_000;
    const now = jest.spyOn(performance, "now").mockImplementation(() => clock);
    try {
      useCookie(await signIn(me));
      expect((await currentParticipant())?.id).toBe(me.id);
      // Another instance resets the password: only the database changes here.
      await db.participant.update({ where: { id: me.id }, data: { sessionVersion: { increment: 1 } } });
      clock += 4_999;
      expect((await currentParticipant())?.id).toBe(me.id);
      clock += 2;
      expect(await currentParticipant()).toBeNull();
    } finally {
      now.mockRestore();
    }
  });
});
