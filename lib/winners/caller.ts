// Who may run the winners route handlers (docs/DOMAIN.md "The winners route handler"): a scheduler
// presenting `Authorization: Bearer $CRON_SECRET`, or a signed-in ADMIN/JURY (capability "jury").
import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { authorizeStaff, type StaffCaller } from "../auth/session";

export type WinnersCaller = { kind: "cron" } | { kind: "staff"; staff: StaffCaller };

export type CallerCheck = { ok: true; caller: WinnersCaller } | { ok: false; status: 401 | 403; error: string };

/** Constant-time comparison: both sides are hashed first so their lengths never leak either. */
function secretMatches(given: string, expected: string): boolean {
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b);
}

function bearerToken(req: Request): string | null {
  const header = req.headers.get("authorization");
  if (!header) return null;
  const m = /^Bearer\s+(.+)$/i.exec(header.trim());
  return m ? m[1].trim() : "";
}

export async function authorizeWinnersCaller(req: Request): Promise<CallerCheck> {
  const token = bearerToken(req);
  if (token !== null) {
    // An empty or unset CRON_SECRET disables the scheduler path entirely (never "empty matches empty").
    const secret = process.env.CRON_SECRET ?? "";
    if (secret.length > 0 && token.length > 0 && secretMatches(token, secret)) return { ok: true, caller: { kind: "cron" } };
    return { ok: false, status: 401, error: "Mã xác thực của bộ lập lịch không hợp lệ." };
  }
  const check = await authorizeStaff("jury");
  if (!check.ok) return check;
  return { ok: true, caller: { kind: "staff", staff: check.staff } };
}

export function callerName(caller: WinnersCaller): string {
  return caller.kind === "cron" ? "cron" : caller.staff.username;
}

export function callerActor(caller: WinnersCaller): { type: "STAFF" | "SYSTEM"; id?: string; name: string } {
  return caller.kind === "cron" ? { type: "SYSTEM", name: "cron" } : { type: "STAFF", id: caller.staff.id, name: caller.staff.username };
}
