// An attempt's status (prisma/schema.prisma AttemptStatus). Pure. Whether an in-progress attempt
// is still running or has expired is the attempt state of lib/participants/attempt-summary.ts.
import type { AttemptStatus as DbAttemptStatus } from "../generated/sqlite/enums";
import { prismaEnumValues } from "../enum-values";

export const ATTEMPT_STATUSES = prismaEnumValues<DbAttemptStatus>()(["IN_PROGRESS", "SUBMITTED"]);
export type AttemptStatus = (typeof ATTEMPT_STATUSES)[number];
