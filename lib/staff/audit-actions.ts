"use server";
// The audit log's integrity check, run on demand from /quan-tri/nhat-ky (capability "audit").
import { fail, ok, type ActionResult } from "../actions/result";
import { verifyAuditLog } from "../audit/log";
import { authorizeStaff } from "../auth/session";

export type AuditVerification = { ok: true; count: number } | { ok: false; brokenAtId: number; reason: string };

export async function verifyAuditLogAction(): Promise<ActionResult<AuditVerification>> {
  const auth = await authorizeStaff("audit");
  if (!auth.ok) return fail(auth.error);
  return ok(await verifyAuditLog());
}
