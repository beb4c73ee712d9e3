"use server";
// Server actions of staff accounts (capability "accounts": ADMIN) and of one's own password (any
// signed-in staff). Thin: who is calling → validate → one lib call → revalidate → typed result.
import { revalidatePath } from "next/cache";
import { fail, invalid, type ActionResult } from "../actions/result";
import { authorizeStaff, currentStaff, reissueSessionCookie } from "../auth/session";
import { changeOwnPassword, changeStaffRole, createStaffAccount, endStaffSessions, resetStaffPassword, setStaffDisabled } from "./accounts";
import { changeOwnPasswordSchema, changeStaffRoleSchema, createStaffSchema, endStaffSessionsSchema, resetStaffPasswordSchema, setStaffDisabledSchema } from "./schema";

const ACCOUNTS_PATH = "/quan-tri/tai-khoan";
const NOT_SIGNED_IN = "Vui lòng đăng nhập tài khoản Ban Tổ chức.";

export async function createStaffAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const auth = await authorizeStaff("accounts");
  if (!auth.ok) return fail(auth.error);
  const parsed = createStaffSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await createStaffAccount(parsed.data, auth.staff);
  if (result.ok) revalidatePath(ACCOUNTS_PATH);
  return result;
}

export async function setStaffDisabledAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const auth = await authorizeStaff("accounts");
  if (!auth.ok) return fail(auth.error);
  const parsed = setStaffDisabledSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await setStaffDisabled(parsed.data.id, parsed.data.disabled, auth.staff);
  if (result.ok) revalidatePath(ACCOUNTS_PATH);
  return result;
}

export async function changeStaffRoleAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const auth = await authorizeStaff("accounts");
  if (!auth.ok) return fail(auth.error);
  const parsed = changeStaffRoleSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await changeStaffRole(parsed.data.id, parsed.data.role, auth.staff);
  if (result.ok) revalidatePath(ACCOUNTS_PATH);
  return result;
}

export async function resetStaffPasswordAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const auth = await authorizeStaff("accounts");
  if (!auth.ok) return fail(auth.error);
  const parsed = resetStaffPasswordSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await resetStaffPassword(parsed.data.id, parsed.data.password, auth.staff);
  if (result.ok) revalidatePath(ACCOUNTS_PATH);
  return result;
}

/** Any signed-in staff member, for their own account only (the id comes from the session). */
export async function changeOwnPasswordAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const staff = await currentStaff();
  if (!staff) return fail(NOT_SIGNED_IN);
  const parsed = changeOwnPasswordSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await changeOwnPassword(staff.id, parsed.data.currentPassword, parsed.data.newPassword, staff);
  if (!result.ok) return result;
  // Every other session of the account has ended; this device gets a cookie with the new version.
  await reissueSessionCookie(result.data.sessionVersion);
  return { ok: true, data: { id: staff.id } };
}

/** "Đăng xuất mọi thiết bị" for one's own account (this device too): any signed-in staff. */
export async function signOutEverywhereAction(): Promise<ActionResult<{ id: string }>> {
  const staff = await currentStaff();
  if (!staff) return fail(NOT_SIGNED_IN);
  return endStaffSessions(staff.id, staff);
}

/** An ADMIN ends every session of another account (a lost device, a leaver). */
export async function signOutStaffEverywhereAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const auth = await authorizeStaff("accounts");
  if (!auth.ok) return fail(auth.error);
  const parsed = endStaffSessionsSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await endStaffSessions(parsed.data.id, auth.staff);
  if (result.ok) revalidatePath(ACCOUNTS_PATH);
  return result;
}
