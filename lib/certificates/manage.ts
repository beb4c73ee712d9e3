// Staff changes around certificates: the round's award decision and revoking a certificate.
// Each change and its audit entry commit together.
import "server-only";
import { appendAudit } from "../audit/log";
import { db } from "../db";
import { now } from "../time";
import type { DecisionInput, RevokeInput } from "./schema";
import { staffActor, type StaffActor } from "../staff/actor";

export type ManageOutcome<T> = { ok: true; data: T } | { ok: false; error: string };

/** Số và ngày quyết định khen thưởng, printed on every certificate of the round. */
export async function setRoundDecision(input: DecisionInput, actor: StaffActor): Promise<ManageOutcome<{ decisionNumber: string; decisionDate: string }>> {
  return db.$transaction(async (tx) => {
    const before = await tx.round.findUnique({ where: { id: input.roundId }, select: { decisionNumber: true, decisionDate: true } });
    if (!before) return { ok: false as const, error: "Không tìm thấy vòng thi." };
    const after = { decisionNumber: input.decisionNumber, decisionDate: input.decisionDate };
    await tx.round.update({ where: { id: input.roundId }, data: after, select: { id: true } });
    await appendAudit(tx, { actor: staffActor(actor), action: "round.decision", entityType: "Round", entityId: input.roundId, before, after });
    return { ok: true as const, data: after };
  });
}

/** Revoking keeps the certificate and its number (numbers are never reused) and records why. */
export async function revokeCertificate(input: RevokeInput, actor: StaffActor): Promise<ManageOutcome<{ revokedAt: Date }>> {
  return db.$transaction(async (tx) => {
    const cert = await tx.certificate.findUnique({ where: { id: input.certificateId }, select: { id: true, number: true, revokedAt: true } });
    if (!cert) return { ok: false as const, error: "Không tìm thấy giấy chứng nhận." };
    if (cert.revokedAt) return { ok: false as const, error: "Giấy chứng nhận này đã bị thu hồi trước đó." };
    const revokedAt = now();
    await tx.certificate.update({ where: { id: cert.id }, data: { revokedAt, revokeReason: input.reason }, select: { id: true } });
    await appendAudit(tx, {
      actor: staffActor(actor),
      action: "certificate.revoke",
      entityType: "Certificate",
      entityId: cert.id,
      reason: input.reason,
      before: { number: cert.number, revokedAt: null },
      after: { number: cert.number, revokedAt: revokedAt.toISOString() },
    });
    return { ok: true as const, data: { revokedAt } };
  });
}
