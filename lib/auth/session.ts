// Who is calling. Every server action and route handler asks here (never only a layout or proxy).
// Staff are re-read from the database on each check, so a disabled account or a changed role takes
// effect at once. A session is valid only while its token's session version (`sv`, stamped at
// sign-in by lib/auth/options.ts) equals the account's `sessionVersion`, which a password change,
// a reset, disabling/re-enabling or "sign out everywhere" bumps (lib/auth/session-version.ts).
// Participants: one primary-key read per request (React cache) in currentParticipant(); the quiz's
// saves instead fold the version into their one conditional UPDATE (lib/attempts/answers.ts).
import "server-only";
import type { Session } from "next-auth";
import { encode, type JWT } from "next-auth/jwt";
import { cookies } from "next/headers";
import { cache } from "react";
import { db } from "../db";
import { authOptions } from "./options";
import { can, type Capability, type StaffRole } from "./roles";
import { decodeSessionToken } from "./session-token";

type SessionUser = Session["user"];
let override: (() => Promise<SessionUser | null>) | null = null;

/** Tests only: make every session lookup answer `user` (null = anonymous). */
export function setSessionForTests(user: SessionUser | null | undefined): void {
  if (process.env.NODE_ENV !== "test") throw new Error("setSessionForTests is for tests only");
  override = user === undefined ? null : async () => user;
}

// next-auth's getServerSession runs its whole session endpoint (callbacks, a refreshed cookie) on
// every call; the quiz's hot path only needs the signed token read, so decode it directly. The
// session then ends 12 hours after sign-in (authOptions.session.maxAge), not 12 hours after use.
const COOKIE = authOptions.useSecureCookies ? "__Secure-next-auth.session-token" : "next-auth.session-token";

const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  if (override) return override();
  const raw = (await cookies()).get(COOKIE)?.value;
  if (!raw) return null;
  const token = (await decodeSessionToken(raw, authOptions.secret ?? "")) as JWT | null;
  if (!token?.uid || (token.kind !== "participant" && token.kind !== "staff")) return null;
  return {
    id: token.uid,
    kind: token.kind,
    role: token.role,
    contestId: token.contestId,
    username: token.username,
    name: token.name ?? null,
    sessionVersion: typeof token.sv === "number" ? token.sv : 0,
  };
});

/** A session user from a cookie always has a version; one set by setSessionForTests may omit it (not checked). */
function isCurrentVersion(user: SessionUser, accountVersion: number): boolean {
  return user.sessionVersion === undefined || user.sessionVersion === accountVersion;
}

export interface ParticipantCaller {
  id: string;
  contestId: string;
  name: string;
}

export interface ParticipantToken extends ParticipantCaller {
  /** The session version the token was issued with; the caller's write must match it. */
  sessionVersion?: number;
}

/**
 * The participant named by the signed token, NOT checked against the account: only for the
 * quiz's saves, whose single UPDATE matches the version itself (lib/attempts/answers.ts).
 */
export async function participantFromToken(): Promise<ParticipantToken | null> {
  const user = await getSessionUser();
  if (!user || user.kind !== "participant" || !user.contestId) return null;
  return { id: user.id, contestId: user.contestId, name: user.name ?? "", sessionVersion: user.sessionVersion };
}

/**
 * Participants' session versions as last read, for a few seconds. A start reads the session in its
 * action and again in the attempt page it redirects to; one read each cost ~2.5 ms of a start's
 * ~25 ms (docs/PERFORMANCE.md). A reset on this instance forgets the entry at once
 * (forgetParticipantSessionVersion); another instance sees it within VERSION_TTL_MS. The quiz's
 * saves never use this: their UPDATE matches the version itself.
 */
const VERSION_TTL_MS = 5_000;
const VERSION_CACHE_MAX = 50_000;
const participantVersions = new Map<string, { version: number | null; readAt: number }>();

async function participantSessionVersion(id: string): Promise<number | null> {
  const at = performance.now();
  const hit = participantVersions.get(id);
  if (hit && at - hit.readAt < VERSION_TTL_MS) return hit.version;
  const row = await db.participant.findUnique({ where: { id }, select: { sessionVersion: true } });
  participantVersions.delete(id);
  if (participantVersions.size >= VERSION_CACHE_MAX) participantVersions.delete(participantVersions.keys().next().value!);
  participantVersions.set(id, { version: row?.sessionVersion ?? null, readAt: at });
  return row?.sessionVersion ?? null;
}

/** After a participant's session version changed on this instance: the next check reads it again. */
export function forgetParticipantSessionVersion(id: string): void {
  participantVersions.delete(id);
}

/** The signed-in participant whose session is still current (the account's version, read at most every few seconds). */
export const currentParticipant = cache(async (): Promise<ParticipantCaller | null> => {
  const caller = await participantFromToken();
  if (!caller) return null;
  const version = await participantSessionVersion(caller.id);
  if (version === null || (caller.sessionVersion !== undefined && caller.sessionVersion !== version)) return null;
  return { id: caller.id, contestId: caller.contestId, name: caller.name };
});

export interface StaffCaller {
  id: string;
  username: string;
  fullName: string;
  role: StaffRole;
}

export const currentStaff = cache(async (): Promise<StaffCaller | null> => {
  const user = await getSessionUser();
  if (!user || user.kind !== "staff") return null;
  const staff = await db.staffUser.findUnique({
    where: { id: user.id },
    select: { id: true, username: true, fullName: true, role: true, isDisabled: true, sessionVersion: true },
  });
  if (!staff || staff.isDisabled || !isCurrentVersion(user, staff.sessionVersion)) return null;
  return { id: staff.id, username: staff.username, fullName: staff.fullName, role: staff.role };
});

/** A 403 names who was refused (for the log of refused calls); a 401 has no one to name. */
export type StaffCheck =
  { ok: true; staff: StaffCaller } | { ok: false; status: 401; error: string } | { ok: false; status: 403; error: string; staffId: string };

/** The check at the top of every staff action and route handler. `capability` null: any active staff member. */
export async function authorizeStaff(capability: Capability | null): Promise<StaffCheck> {
  const staff = await currentStaff();
  if (!staff) return { ok: false, status: 401, error: "Vui lòng đăng nhập tài khoản Ban Tổ chức." };
  if (capability !== null && !can(staff.role, capability))
    return { ok: false, status: 403, error: "Tài khoản của bạn không có quyền thực hiện thao tác này.", staffId: staff.id };
  return { ok: true, staff };
}

/**
 * After one's own password change: a fresh cookie for this device carrying the new session version,
 * so only the other devices are signed out. Nothing to do for a session set by setSessionForTests.
 */
export async function reissueSessionCookie(sessionVersion: number): Promise<void> {
  if (override) return;
  const store = await cookies();
  const raw = store.get(COOKIE)?.value;
  const token = (await decodeSessionToken(raw, authOptions.secret ?? "")) as JWT | null;
  if (!token) return;
  const maxAge = authOptions.session?.maxAge ?? 12 * 60 * 60;
  const { iat: _iat, exp: _exp, jti: _jti, ...claims } = token as JWT & { iat?: number; exp?: number; jti?: string };
  const value = await encode({ token: { ...claims, sv: sessionVersion }, secret: authOptions.secret ?? "", maxAge });
  store.set(COOKIE, value, { httpOnly: true, sameSite: "lax", path: "/", secure: !!authOptions.useSecureCookies, maxAge });
}
