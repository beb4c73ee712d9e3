// The recovery channel enum (prisma/schema.prisma RecoveryChannel): how a self-service password
// reset reaches the participant. Pure: importable by client components.
import type { RecoveryChannel as DbRecoveryChannel } from "../generated/sqlite/enums";
import { prismaEnumValues } from "../enum-values";

export const RECOVERY_CHANNELS = prismaEnumValues<DbRecoveryChannel>()(["EMAIL", "SMS"]);
export type RecoveryChannel = (typeof RECOVERY_CHANNELS)[number];

/** How long a link or a code works, in minutes: a link waits in a mailbox, a code is typed at once. */
export const RECOVERY_TTL_MINUTES: Record<RecoveryChannel, number> = { EMAIL: 30, SMS: 10 };
