// Staff accounts (ADMIN) and one's own password (any staff). Each change and its audit entry share
// a transaction; password hashes never appear in results or audit entries. A password change, a
// reset, disabling or re-enabling and "sign out everywhere" bump `sessionVersion`, which ends every
// session issued before (lib/auth/session.ts).
import "server-only";
import { fail, ok, type ActionResult } from "../actions/result";
import { appendAudit } from "../audit/log";
import type { StaffRole } from "../auth/roles";
import { hashPassword, verifyPassword } from "../auth/password";
import { db, type Tx } from "../db";
import { now } from "../time";
import { normalizeText } from "../text";
import { staffActor, type StaffActor } from "./actor";
import { removesLastAdmin, type AccountState } from "./rules";

/** Serialises account changes on PostgreSQL, so two admins demoted at once cannot leave none. */
const ACCOUNTS_LOCK_KEY = 7_312_002;

async function lockAccounts(tx: Tx): Promise<void> {
  if (db.provider === "postgresql") await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${ACCOUNTS_LOCK_KEY})`);
}

export interface StaffAccountRow {
  id: string;
  username: string;
  fullName: string;
  role: StaffRole;
  isDisabled: boolean;
  createdAt: Date;
  passwordChangedAt: Date;
}

export async function listStaffAccounts(): Promise<StaffAccountRow[]> {
  return db.staffUser.findMany({
    orderBy: [{ isDisabled: "asc" }, { role: "asc" }, { username: "asc" }],
    select: { id: true, username: true, fullName: true, role: true, isDisabled: true, createdAt: true, passwordChangedAt: true },
  });
}

export async function createStaffAccount(
  input: { username: string; fullName: string; role: StaffRole; password: string },
  actor: StaffActor,
): Promise<ActionResult<{ id: string }>> {
  const passwordHash = await hashPassword(input.password);
  const fullName = normalizeText(input.fullName);
  try {
    const id = await db.$transaction(async (tx) => {
      const s = await tx.staffUser.create({
        data: { username: input.username, fullName, role: input.role, passwordHash, passwordChangedAt: now() },
        select: { id: true },
      });
      await appendAudit(tx, {
        actor: staffActor(actor),
        action: "staff.create",
        entityType: "StaffUser",
        entityId: s.id,
        after: { username: input.username, fullName, role: input.role },
      });
      return s.id;
    });
    return ok({ id });
  } catch (err) {
    if ((err as { code?: string })?.code === "P2002") return fail("Tên đăng nhập đã tồn tại.", { username: ["Tên đăng nhập đã tồn tại."] });
    throw err;
  }
}

type AccountChange = { role?: StaffRole; isDisabled?: boolean };

/** Role and enabled state changes share the last-ADMIN rule. */
async function changeAccount(id: string, change: AccountChange, action: string, actor: StaffActor): Promise<ActionResult<{ id: string }>> {
  return db.$transaction(async (tx) => {
    await lockAccounts(tx);
    const target = await tx.staffUser.findUnique({ where: { id }, select: { username: true, role: true, isDisabled: true } });
    if (!target) return fail("Không tìm thấy tài khoản.");
    const before: AccountState = { role: target.role, isDisabled: target.isDisabled };
    const after: AccountState = { ...before, ...change };
    if (before.role === after.role && before.isDisabled === after.isDisabled) return fail("Tài khoản đã ở trạng thái này.");
    const activeAdmins = await tx.staffUser.count({ where: { role: "ADMIN", isDisabled: false } });
    if (removesLastAdmin(activeAdmins, before, after)) {
      const self = id === actor.id ? "Bạn là" : `“${target.username}” là`;
      return fail(`${self} quản trị viên (ADMIN) cuối cùng đang hoạt động: cần ít nhất một quản trị viên khác trước khi thực hiện thay đổi này.`);
    }
    // Re-enabling must not revive the sessions that were open when the account was disabled.
    const endSessions = before.isDisabled !== after.isDisabled;
    await tx.staffUser.update({ where: { id }, data: { ...change, ...(endSessions ? { sessionVersion: { increment: 1 } } : {}) } });
    await appendAudit(tx, {
      actor: staffActor(actor),
      action,
      entityType: "StaffUser",
      entityId: id,
      before: { username: target.username, ...before },
      after: { username: target.username, ...after },
    });
    return ok({ id });
  });
}

export function setStaffDisabled(id: string, disabled: boolean, actor: StaffActor) {
  return changeAccount(id, { isDisabled: disabled }, disabled ? "staff.disable" : "staff.enable", actor);
}

export function changeStaffRole(id: string, role: StaffRole, actor: StaffActor) {
  return changeAccount(id, { role }, "staff.role", actor);
}

/** A new password, whoever sets it, ends every session of the account (the session version moves on). */
async function newPasswordData(password: string) {
  return { passwordHash: await hashPassword(password), passwordChangedAt: now(), sessionVersion: { increment: 1 } };
}

/** An ADMIN sets a new password for someone; their sessions end. */
export async function resetStaffPassword(id: string, password: string, actor: StaffActor): Promise<ActionResult<{ id: string }>> {
  const target = await db.staffUser.findUnique({ where: { id }, select: { username: true } });
  if (!target) return fail("Không tìm thấy tài khoản.");
  const data = await newPasswordData(password);
  await db.$transaction(async (tx) => {
    await tx.staffUser.update({ where: { id }, data });
    await appendAudit(tx, {
      actor: staffActor(actor),
      action: "staff.reset_password",
      entityType: "StaffUser",
      entityId: id,
      after: { username: target.username, passwordChanged: true },
    });
  });
  return ok({ id });
}

/** Returns the account's new session version, so the action can re-issue this device's cookie. */
export async function changeOwnPassword(
  staffId: string,
  currentPassword: string,
  newPassword: string,
  actor: StaffActor,
): Promise<ActionResult<{ id: string; sessionVersion: number }>> {
  const me = await db.staffUser.findUnique({ where: { id: staffId }, select: { passwordHash: true, username: true } });
  if (!me) return fail("Không tìm thấy tài khoản.");
  if (!(await verifyPassword(me.passwordHash, currentPassword))) {
    return fail("Mật khẩu hiện tại không đúng.", { currentPassword: ["Mật khẩu hiện tại không đúng."] });
  }
  const data = await newPasswordData(newPassword);
  const sessionVersion = await db.$transaction(async (tx) => {
    const row = await tx.staffUser.update({ where: { id: staffId }, data, select: { sessionVersion: true } });
    await appendAudit(tx, {
      actor: staffActor(actor),
      action: "staff.change_own_password",
      entityType: "StaffUser",
      entityId: staffId,
      after: { username: me.username, passwordChanged: true, sessionsEnded: true },
    });
    return row.sessionVersion;
  });
  return ok({ id: staffId, sessionVersion });
}

/**
 * "Đăng xuất mọi thiết bị": ends every open session of the account, this device's too. Staff
 * may do it for themselves; an ADMIN for anyone (e.g. a lost laptop).
 */
export async function endStaffSessions(id: string, actor: StaffActor): Promise<ActionResult<{ id: string }>> {
  return db.$transaction(async (tx) => {
    const target = await tx.staffUser.findUnique({ where: { id }, select: { username: true } });
    if (!target) return fail("Không tìm thấy tài khoản.");
    await tx.staffUser.update({ where: { id }, data: { sessionVersion: { increment: 1 } } });
    await appendAudit(tx, {
      actor: staffActor(actor),
      action: "staff.sign_out_everywhere",
      entityType: "StaffUser",
      entityId: id,
      after: { username: target.username, sessionsEnded: true },
    });
    return ok({ id });
  });
}
