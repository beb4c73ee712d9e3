// How a staff member appears in the audit log. Pure.
import type { AuditInput } from "../audit/log";

export interface StaffActor {
  id: string;
  username: string;
}

export function staffActor(staff: StaffActor): AuditInput["actor"] {
  return { type: "STAFF", id: staff.id, name: staff.username };
}
