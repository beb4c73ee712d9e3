// Checking credentials for both kinds of account. Participants: CCCD or phone + password within a
// contest. Staff: username + password, locked for a while after repeated failures.
import "server-only";
import { db } from "../db";
import { normalizePhone } from "../participants/identity";
import { now } from "../time";
import { dummyHash, verifyPassword } from "./password";

export const STAFF_MAX_FAILURES = 5;
export const STAFF_LOCK_MINUTES = 15;

export type AuthResult<T> = { ok: true; user: T } | { ok: false; error: string };

export interface ParticipantIdentity {
  id: string;
  name: string;
  contestId: string;
}

export interface StaffIdentity {
  id: string;
  name: string;
  username: string;
  role: "ADMIN" | "EDITOR" | "JURY" | "SECRETARY";
}

const WRONG = "Số CCCD/số điện thoại hoặc mật khẩu không đúng.";

export async function authenticateParticipant(contestId: string, identifier: string, password: string): Promise<AuthResult<ParticipantIdentity>> {
  const id = identifier.replace(/\s/g, "");
  const phone = normalizePhone(id);
  if (!id || !password) return { ok: false, error: "Vui lòng nhập số CCCD hoặc số điện thoại và mật khẩu." };
  const found = await db.participant.findFirst({
    where: { contestId, OR: [{ cccd: id }, ...(phone ? [{ phone }] : [])] },
    select: { id: true, fullName: true, contestId: true, passwordHash: true },
  });
  // Verify against a dummy hash when nobody matches, so timing does not reveal who is registered.
  const valid = await verifyPassword(found?.passwordHash ?? (await dummyHash()), password);
  if (!found || !valid) return { ok: false, error: WRONG };
  return { ok: true, user: { id: found.id, name: found.fullName, contestId: found.contestId } };
}

export async function authenticateStaff(username: string, password: string): Promise<AuthResult<StaffIdentity>> {
  const name = username.trim().toLowerCase();
  const wrong = "Tên đăng nhập hoặc mật khẩu không đúng.";
  const staff = await db.staffUser.findUnique({
    where: { username: name },
    select: { id: true, fullName: true, username: true, role: true, passwordHash: true, isDisabled: true, failedLogins: true, lockedUntil: true },
  });
  const at = now();
  if (staff?.lockedUntil && staff.lockedUntil > at) {
    const minutes = Math.ceil((staff.lockedUntil.getTime() - at.getTime()) / 60000);
    return { ok: false, error: `Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau ${minutes} phút.` };
  }
  const valid = await verifyPassword(staff?.passwordHash ?? (await dummyHash()), password);
  if (!staff) return { ok: false, error: wrong };
  if (!valid) {
    const failures = staff.failedLogins + 1;
    const lock = failures >= STAFF_MAX_FAILURES;
    await db.staffUser.update({
      where: { id: staff.id },
      data: { failedLogins: lock ? 0 : failures, lockedUntil: lock ? new Date(at.getTime() + STAFF_LOCK_MINUTES * 60000) : staff.lockedUntil },
    });
    return {
      ok: false,
      error: lock ? `Nhập sai mật khẩu ${STAFF_MAX_FAILURES} lần: tài khoản bị tạm khóa ${STAFF_LOCK_MINUTES} phút.` : wrong,
    };
  }
  if (staff.isDisabled) return { ok: false, error: "Tài khoản đã bị vô hiệu hóa. Vui lòng liên hệ quản trị viên." };
  if (staff.failedLogins > 0 || staff.lockedUntil) {
    await db.staffUser.update({ where: { id: staff.id }, data: { failedLogins: 0, lockedUntil: null } });
  }
  return { ok: true, user: { id: staff.id, name: staff.fullName, username: staff.username, role: staff.role } };
}
