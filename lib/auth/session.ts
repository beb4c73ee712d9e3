// Who is calling. Every server action and route handler asks here (never only a layout or proxy).
// Staff are re-read from the database on each check, so a disabled account or a changed role takes
// effect at once; participants are trusted from the signed JWT (the hot quiz path stays cheap).
import "server-only";
import { getServerSession, type Session } from "next-auth";
import { cache } from "react";
import { db } from "../db";
import { authOptions } from "./options";
import { can, type Capability, type StaffRole } from "./roles";

type SessionUser = Session["user"];
let override: (() => Promise<SessionUser | null>) | null = null;

/** Tests only: make every session lookup answer `user` (null = anonymous). */
export function setSessionForTests(user: SessionUser | null | undefined): void {
  if (process.env.NODE_ENV !== "test") throw new Error("setSessionForTests is for tests only");
  override = user === undefined ? null : async () => user;
}

export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  if (override) return override();
  const session = await getServerSession(authOptions);
  return session?.user?.id ? session.user : null;
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
