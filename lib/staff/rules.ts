// Rules about staff accounts. Pure.
import type { StaffRole } from "../auth/roles";

export interface AccountState {
  role: StaffRole;
  isDisabled: boolean;
}

/**
 * The installation must keep at least one active ADMIN, or nobody could manage accounts again:
 * refuse a change that leaves none (disabling or demoting the last one, oneself included).
 */
export function removesLastAdmin(activeAdmins: number, before: AccountState, after: AccountState): boolean {
  const wasActiveAdmin = before.role === "ADMIN" && !before.isDisabled;
  const staysActiveAdmin = after.role === "ADMIN" && !after.isDisabled;
  return wasActiveAdmin && !staysActiveAdmin && activeAdmins <= 1;
}

/** Where a signed-in staff member may be sent after sign-in: only inside the staff area. */
export function safeStaffRedirect(next: string | null | undefined): string {
  if (!next || !next.startsWith("/quan-tri") || next.startsWith("//") || next.startsWith("/quan-tri/dang-nhap")) return "/quan-tri";
  return next;
}
