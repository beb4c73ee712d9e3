// The check at the top of every staff page (the layout is not the check): anonymous visitors go
// to the sign-in page, a signed-in role without the capability gets a refusal to render.
import "server-only";
import { redirect } from "next/navigation";
import type { Capability } from "../auth/roles";
import { authorizeStaff, currentStaff, type StaffCaller } from "../auth/session";

export type StaffPageAccess = { ok: true; staff: StaffCaller } | { ok: false; error: string };

const STAFF_SIGN_IN_PATH = "/quan-tri/dang-nhap";

export function signInPathFor(from: string): string {
  return `${STAFF_SIGN_IN_PATH}?next=${encodeURIComponent(from)}`;
}

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * The page's address with the query that chose what it shows (the contest, the round, the
 * filters), so signing in comes back to the same view. Empty values are dropped.
 */
export function pagePath(path: string, search: SearchParams = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    for (const v of Array.isArray(value) ? value : [value]) if (v) query.append(key, v);
  }
  const q = query.toString();
  return q ? `${path}?${q}` : path;
}

/** `capability` null: any active staff member. `from`: where to come back after signing in. */
export async function requireStaffPage(capability: Capability | null, from: string): Promise<StaffPageAccess> {
  if (capability === null) {
    const staff = await currentStaff();
    if (!staff) redirect(signInPathFor(from));
    return { ok: true, staff };
  }
  const check = await authorizeStaff(capability);
  if (check.ok) return check;
  if (check.status === 401) redirect(signInPathFor(from));
  return { ok: false, error: check.error };
}
