"use server";
// Server actions of staff accounts (capability "accounts": ADMIN) and of one's own account (any
// signed-in staff), built by staffAction (lib/actions/staff-action.ts): caller → role → input →
// one lib call → revalidate → typed result.
import { ok } from "../actions/result";
import { staffAction } from "../actions/staff-action";
import { reissueSessionCookie } from "../auth/session";
import { changeOwnPassword, changeStaffRole, createStaffAccount, endStaffSessions, resetStaffPassword, setStaffDisabled } from "./accounts";
import {
  changeOwnPasswordSchema,
  changeStaffRoleSchema,
  createStaffSchema,
  endStaffSessionsSchema,
  resetStaffPasswordSchema,
  setStaffDisabledSchema,
} from "./schema";

const ACCOUNTS_PATH = "/quan-tri/tai-khoan";

export const createStaffAction = staffAction("accounts", createStaffSchema, createStaffAccount, { name: "createStaffAction", revalidate: [ACCOUNTS_PATH] });

export const setStaffDisabledAction = staffAction("accounts", setStaffDisabledSchema, (input, staff) => setStaffDisabled(input.id, input.disabled, staff), {
  name: "setStaffDisabledAction",
  revalidate: [ACCOUNTS_PATH],
});

export const changeStaffRoleAction = staffAction("accounts", changeStaffRoleSchema, (input, staff) => changeStaffRole(input.id, input.role, staff), {
  name: "changeStaffRoleAction",
  revalidate: [ACCOUNTS_PATH],
});

export const resetStaffPasswordAction = staffAction(
  "accounts",
  resetStaffPasswordSchema,
  (input, staff) => resetStaffPassword(input.id, input.password, staff),
  {
    name: "resetStaffPasswordAction",
    revalidate: [ACCOUNTS_PATH],
  },
);

/** Any signed-in staff member, for their own account only (the id comes from the session). */
export const changeOwnPasswordAction = staffAction(
  null,
  changeOwnPasswordSchema,
  async (input, staff) => {
    const result = await changeOwnPassword(staff.id, input.currentPassword, input.newPassword, staff);
    if (!result.ok) return result;
    // Every other session of the account has ended; this device gets a cookie with the new version.
    await reissueSessionCookie(result.data.sessionVersion);
    return ok({ id: staff.id });
  },
  { name: "changeOwnPasswordAction" },
);

/** "Đăng xuất mọi thiết bị" for one's own account (this device too): any signed-in staff. */
export const signOutEverywhereAction = staffAction(null, null, (_input, staff) => endStaffSessions(staff.id, staff), { name: "signOutEverywhereAction" });

/** An ADMIN ends every session of another account (a lost device, a leaver). */
export const signOutStaffEverywhereAction = staffAction("accounts", endStaffSessionsSchema, (input, staff) => endStaffSessions(input.id, staff), {
  name: "signOutStaffEverywhereAction",
  revalidate: [ACCOUNTS_PATH],
});
