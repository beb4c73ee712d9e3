// The staff member acting, as the audit log records them.
import type { StaffCaller } from "../auth/session";
import type { AuditInput } from "../audit/log";

export type StaffActor = Pick<StaffCaller, "id" | "username" | "fullName">;

export function auditActor(staff: StaffActor): AuditInput["actor"] {
  return { type: "STAFF", id: staff.id, name: staff.username };
}
