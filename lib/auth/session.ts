// Who is calling. Every server action and route handler asks here (never only a layout or proxy).
// Staff are re-read from the database on each check, so a disabled account or a changed role takes
// effect at once; participants are trusted from the signed JWT (the hot quiz path stays cheap).
import "server-only";
import type { Session } from "next-auth";
import type { JWT } from "next-auth/jwt";
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

export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  if (override) return override();
  const raw = (await cookies()).get(COOKIE)?.value;
  if (!raw) return null;
  const token = (await decodeSessionToken(raw, authOptions.secret ?? "")) as JWT | null;
  if (!token?.uid || (token.kind !== "participant" && token.kind !== "staff")) return null;
  return { id: token.uid, kind: token.kind, role: token.role, contestId: token.contestId, username: token.username, name: token.name ?? null };
});

export interface ParticipantCaller {
  id: string;
  contestId: string;
  name: string;
}

export async function currentParticipant(): Promise<ParticipantCaller | null> {
  const user = await getSessionUser();
  if (!user || user.kind !== "participant" || !user.contestId) return null;
  return { id: user.id, contestId: user.contestId, name: user.name ?? "" };
}

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
    select: { id: true, username: true, fullName: true, role: true, isDisabled: true },
  });
  if (!staff || staff.isDisabled) return null;
  return { id: staff.id, username: staff.username, fullName: staff.fullName, role: staff.role };
});

export type StaffCheck = { ok: true; staff: StaffCaller } | { ok: false; status: 401 | 403; error: string };

/** The check at the top of every staff action and route handler. */
export async function authorizeStaff(capability: Capability): Promise<StaffCheck> {
  const staff = await currentStaff();
  if (!staff) return { ok: false, status: 401, error: "Vui lòng đăng nhập tài khoản Ban Tổ chức." };
  if (!can(staff.role, capability)) return { ok: false, status: 403, error: "Tài khoản của bạn không có quyền thực hiện thao tác này." };
  return { ok: true, staff };
}
