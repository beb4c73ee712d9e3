// Checking credentials for both kinds of account. Participants: CCCD or phone + password within a
// contest. Staff: username + password; every staff sign-in, good or bad, is audited. Repeated
// wrong passwords are slowed per identity and source (lib/security/sign-in-limits.ts), never by
// locking the account, so nobody can keep its owner out.
import "server-only";
import { audit } from "../audit/log";
import { db } from "../db";
import { log } from "../log";
import { normalizePhone } from "../participants/identity";
import { currentSignIn, reportSignInOutcome } from "../security/sign-in-limits";
import { normalizeStaffUsername } from "../security/sign-in-rules";
import { dummyHash, verifyPassword } from "./password";
import type { StaffRole } from "./roles";

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
  role: StaffRole;
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
  reportSignInOutcome(!!found && valid);
  if (!found || !valid) return { ok: false, error: WRONG };
  return { ok: true, user: { id: found.id, name: found.fullName, contestId: found.contestId } };
}

export type StaffSignInFailure = "wrong-password" | "unknown-user" | "disabled" | "too-many-tries";

/**
 * One audit entry per staff sign-in: "staff.sign-in" or "staff.sign-in.failed" with the reason and
 * a keyed hash of the address (never the password). An unknown username is recorded as typed
 * (shortened), with no account. A broken audit write is logged, not turned into a failed sign-in.
 */
export async function auditStaffSignIn(input: {
  username: string;
  staff: { id: string; username: string } | null;
  failure: StaffSignInFailure | null;
  ipHash: string;
  retryAfterSec?: number;
}): Promise<void> {
  const name = input.staff?.username ?? (normalizeStaffUsername(input.username).slice(0, 64) || "(trống)");
  await audit({
    actor: { type: "STAFF", id: input.staff?.id ?? null, name },
    action: input.failure ? "staff.sign-in.failed" : "staff.sign-in",
    entityType: "StaffUser",
    entityId: input.staff?.id ?? null,
    after: {
      ipHash: input.ipHash,
      ...(input.failure ? { reason: input.failure } : {}),
      ...(input.retryAfterSec ? { retryAfterSec: input.retryAfterSec } : {}),
    },
  }).catch((err: unknown) => log.error({ err, action: "staff.sign-in" }, "audit of a staff sign-in failed"));
}

export async function authenticateStaff(username: string, password: string): Promise<AuthResult<StaffIdentity>> {
  const wrong = "Tên đăng nhập hoặc mật khẩu không đúng.";
  const staff = await db.staffUser.findUnique({
    where: { username: normalizeStaffUsername(username) },
    select: { id: true, fullName: true, username: true, role: true, passwordHash: true, isDisabled: true },
  });
  const valid = await verifyPassword(staff?.passwordHash ?? (await dummyHash()), password);
  const failure: StaffSignInFailure | null = !staff ? "unknown-user" : !valid ? "wrong-password" : staff.isDisabled ? "disabled" : null;
  // A disabled account with the right password is not a guess: it does not count towards a wait.
  reportSignInOutcome(failure === null || failure === "disabled");
  // A sign-in comes through next-auth's route, which sets the context; a direct call (a script, a
  // test checking a password) is not a sign-in and is not audited.
  const signIn = currentSignIn();
  if (signIn) await auditStaffSignIn({ username, staff, failure, ipHash: signIn.ipHash });
  if (!staff || !valid) return { ok: false, error: wrong };
  if (staff.isDisabled) return { ok: false, error: "Tài khoản đã bị vô hiệu hóa. Vui lòng liên hệ quản trị viên." };
  return { ok: true, user: { id: staff.id, name: staff.fullName, username: staff.username, role: staff.role } };
}
