// Staff reset a participant's forgotten password, for whoever cannot recover it alone
// (lib/participants/recovery.ts) and calls the organisers' hotline. A temporary password is generated, stored hashed like at registration, shown
// once to the staff member and audited without the password itself.
import "server-only";
import { randomInt } from "node:crypto";
import { fail, ok, type ActionResult } from "../actions/result";
import { appendAudit } from "../audit/log";
import { hashPassword } from "../auth/password";
import { forgetParticipantSessionVersion } from "../auth/session";
import { db } from "../db";
import { staffActor, type StaffActor } from "../staff/actor";
import { PARTICIPANT_NOT_FOUND } from "./staff-identity";

// Lower-case letters and digits a person reads aloud without confusion: no 0/o, 1/l/i.
export const TEMPORARY_PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
const GROUPS = 3;
const GROUP_LENGTH = 4;

/**
 * "k7mp-x4qa-9rtz": 12 characters from a 31-character alphabet (about 59 bits) drawn with a
 * cryptographic random source, in three groups easy to dictate by phone. It always holds a letter
 * and a digit, as registration requires of a password.
 */
export function generateTemporaryPassword(randomIndex: (max: number) => number = randomInt): string {
  for (;;) {
    const chars = Array.from({ length: GROUPS * GROUP_LENGTH }, () => TEMPORARY_PASSWORD_ALPHABET[randomIndex(TEMPORARY_PASSWORD_ALPHABET.length)]);
    const candidate = Array.from({ length: GROUPS }, (_, g) => chars.slice(g * GROUP_LENGTH, (g + 1) * GROUP_LENGTH).join("")).join("-");
    if (/[a-z]/.test(candidate) && /\d/.test(candidate)) return candidate;
  }
}

export async function resetParticipantPassword(participantId: string, reason: string, actor: StaffActor): Promise<ActionResult<{ temporaryPassword: string }>> {
  const target = await db.participant.findUnique({ where: { id: participantId }, select: { id: true } });
  if (!target) return fail(PARTICIPANT_NOT_FOUND);
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  await db.$transaction(async (tx) => {
    // The version bump ends every session opened with the old password (lib/auth/session.ts).
    await tx.participant.update({ where: { id: participantId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    // The entry says that a reset happened, never the password or its hash.
    await appendAudit(tx, {
      actor: staffActor(actor),
      action: "participant.reset_password",
      entityType: "Participant",
      entityId: participantId,
      reason,
      after: { passwordReset: true, sessionsEnded: true },
    });
  });
  forgetParticipantSessionVersion(participantId);
  return ok({ temporaryPassword });
}
