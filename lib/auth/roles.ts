// Which staff roles may use which part of the staff area (docs/DOMAIN.md "Who uses it"). Pure.
import type { StaffRole as DbStaffRole } from "../generated/sqlite/enums";
import { prismaEnumValues } from "../enum-values";

export const STAFF_ROLES = prismaEnumValues<DbStaffRole>()(["ADMIN", "EDITOR", "JURY", "SECRETARY"]);
export type StaffRole = (typeof STAFF_ROLES)[number];

export const ROLE_LABEL: Record<StaffRole, string> = {
  ADMIN: "Ban Tổ chức (quản trị)",
  EDITOR: "Biên tập / Ban đề thi",
  JURY: "Ban Giám khảo",
  SECRETARY: "Tổ thư ký",
};

export const CAPABILITIES = {
  bank: ["ADMIN", "EDITOR"],
  contests: ["ADMIN"],
  jury: ["ADMIN", "JURY"],
  certificates: ["ADMIN", "SECRETARY"],
  statistics: ["ADMIN", "EDITOR", "JURY", "SECRETARY"],
  audit: ["ADMIN"],
  accounts: ["ADMIN"],
  participants: ["ADMIN", "SECRETARY"],
} as const satisfies Record<string, readonly StaffRole[]>;

export type Capability = keyof typeof CAPABILITIES;

export function can(role: StaffRole | undefined | null, capability: Capability): boolean {
  return !!role && (CAPABILITIES[capability] as readonly StaffRole[]).includes(role);
}
