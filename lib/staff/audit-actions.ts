"use server";
// The audit log's integrity check, run on demand from /quan-tri/nhat-ky (capability "audit"),
// built by staffAction (lib/actions/staff-action.ts).
import { ok } from "../actions/result";
import { staffAction } from "../actions/staff-action";
import { verifyAuditLog } from "../audit/log";

export type AuditVerification = { ok: true; count: number } | { ok: false; brokenAtId: number; reason: string };

export const verifyAuditLogAction = staffAction("audit", null, async () => ok<AuditVerification>(await verifyAuditLog()), { name: "verifyAuditLogAction" });
