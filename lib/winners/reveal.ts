// The jury page shows CCCD and phone masked (lib/winners/review.ts); a juror who needs one person's
// full identity (to check a look-alike flag, to call a winner) asks for it with a reason. Each
// reveal is audited as "participant.reveal" with the round and the reason, never the data itself.
import "server-only";
import { fail, ok, type ActionResult } from "../actions/result";
import { appendAudit } from "../audit/log";
import { db } from "../db";
import { staffActor, type StaffActor } from "../staff/actor";

export interface RevealedIdentity {
  participantId: string;
  fullName: string;
  cccd: string;
  phone: string;
  /** yyyy-MM-dd */
  birthDate: string;
}

const NOT_IN_ROUND = "Không tìm thấy thí sinh trong đợt thi này.";

/** Only someone who took part in the round can be revealed from that round's review. */
export async function revealParticipant(roundId: string, participantId: string, reason: string, actor: StaffActor): Promise<ActionResult<RevealedIdentity>> {
  const attempt = await db.attempt.findFirst({
    where: { roundId, participantId },
    select: { participant: { select: { id: true, fullName: true, cccd: true, phone: true, birthDate: true } } },
  });
  if (!attempt) return fail(NOT_IN_ROUND);
  const p = attempt.participant;
  await db.$transaction((tx) =>
    appendAudit(tx, {
      actor: staffActor(actor),
      action: "participant.reveal",
      entityType: "Participant",
      entityId: p.id,
      reason,
      after: { roundId, fields: ["cccd", "phone", "birthDate"] },
    }),
  );
  return ok({ participantId: p.id, fullName: p.fullName, cccd: p.cccd, phone: p.phone, birthDate: p.birthDate });
}
