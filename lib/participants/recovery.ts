// Self-service account recovery (docs/SECURITY.md "Account recovery"). A request names an account
// by phone, CCCD or e-mail and always gets the same answer; when an account matches, a reset is
// stored (only a keyed hash of its secret) and its link or code is sent in the background, so
// neither the answer nor its timing tells who is registered. The new password is set with the
// link (e-mail) or the code (SMS), once, before it expires; it ends every session of the account
// and voids its other resets.
import "server-only";
import { randomUUID } from "node:crypto";
import { fail, ok, type ActionResult } from "../actions/result";
import { appendAudit } from "../audit/log";
import { hashPassword } from "../auth/password";
import { forgetParticipantSessionVersion } from "../auth/session";
import { db } from "../db";
import { log } from "../log";
import { mailer } from "../mail/mailer";
import { smsGateway } from "../sms/gateway";
import { now } from "../time";
import { RECOVERY_TTL_MINUTES, type RecoveryChannel } from "./recovery-channel";
import { resetEmail, resetSms } from "./recovery-messages";
import {
  channelFor,
  generateResetToken,
  generateSmsCode,
  hashesEqual,
  isResetUsable,
  MAX_ACCOUNTS_PER_EMAIL,
  MAX_CODE_TRIES,
  resetExpiry,
  secretHash,
} from "./recovery-rules";
import type { RecoveryIdentifier } from "./recovery-schema";

export const LINK_UNUSABLE = "Đường liên kết đặt lại mật khẩu không đúng, đã hết hạn hoặc đã được dùng. Vui lòng yêu cầu đường liên kết mới.";
export const CODE_UNUSABLE = `Mã xác nhận không đúng, đã hết hạn hoặc đã bị hủy (sau ${MAX_CODE_TRIES} lần nhập). Vui lòng kiểm tra lại hoặc yêu cầu mã mới.`;

/** The key of the stored hashes: the server's secret, which the database does not hold. */
function hashKey(): string {
  return process.env.NEXTAUTH_SECRET || "dev-only-key";
}

// Deliveries run after the answer has gone: an SMTP server or SMS gateway that is slow or down
// must neither delay the neutral answer nor reveal by its timing that an account exists.
const inFlight = new Set<Promise<void>>();

function deliverLater(channel: RecoveryChannel, participantId: string, send: () => Promise<void>): void {
  const p: Promise<void> = send()
    .catch((err: unknown) => log.error({ err: err instanceof Error ? err.message : String(err), channel, participantId }, "recovery message not delivered"))
    .finally(() => inFlight.delete(p));
  inFlight.add(p);
}

/** Resolves when every recovery message sent so far has been delivered or has failed (tests, shutdown). */
export async function recoveryDeliveriesSettled(): Promise<void> {
  while (inFlight.size > 0) await Promise.all([...inFlight]);
}

function whereIdentifier(contestId: string, id: RecoveryIdentifier) {
  if (id.kind === "email") return { contestId, email: id.value };
  return id.kind === "phone" ? { contestId, phone: id.value } : { contestId, cccd: id.value };
}

/**
 * Stores a reset for each account the identifier names (an e-mail may name up to
 * MAX_ACCOUNTS_PER_EMAIL) and sends its link or code; nothing when none matches. Returns nothing
 * the caller could show: the answer is the same either way.
 */
export async function requestPasswordReset(
  input: { contestId: string; identifier: RecoveryIdentifier },
  ctx: { ipHash: string | null; baseUrl: string },
): Promise<void> {
  const [contest, accounts] = await Promise.all([
    db.contest.findUnique({ where: { id: input.contestId }, select: { name: true, organiser: true, organiserShort: true, hotline: true, contactEmail: true } }),
    db.participant.findMany({
      where: whereIdentifier(input.contestId, input.identifier),
      orderBy: { registeredAt: "asc" },
      take: MAX_ACCOUNTS_PER_EMAIL,
      select: { id: true, fullName: true, phone: true, email: true },
    }),
  ]);
  if (!contest || accounts.length === 0) return;
  const at = now();
  const plans = accounts.map((a) => {
    const channel = channelFor(input.identifier.kind, a.email !== null);
    const id = randomUUID();
    const secret = channel === "EMAIL" ? generateResetToken() : generateSmsCode();
    return { account: a, channel, id, secret, hash: secretHash(hashKey(), channel, secret, channel === "SMS" ? id : "") };
  });
  await db.$transaction(async (tx) => {
    // Only the newest link or code of a channel works: an older one in a mailbox or inbox is void.
    await tx.passwordReset.updateMany({
      where: { OR: plans.map((p) => ({ participantId: p.account.id, channel: p.channel })), usedAt: null, voidedAt: null },
      data: { voidedAt: at },
    });
    await tx.passwordReset.createMany({
      data: plans.map((p) => ({
        id: p.id,
        participantId: p.account.id,
        channel: p.channel,
        secretHash: p.hash,
        expiresAt: resetExpiry(p.channel, at),
        createdAt: at,
        requestIpHash: ctx.ipHash,
      })),
    });
  });
  for (const p of plans) {
    const minutes = RECOVERY_TTL_MINUTES[p.channel];
    if (p.channel === "EMAIL" && p.account.email) {
      const link = `${ctx.baseUrl.replace(/\/+$/, "")}/dat-lai-mat-khau?token=${p.secret}`;
      const message = resetEmail({
        fullName: p.account.fullName,
        contestName: contest.name,
        organiser: contest.organiser,
        link,
        minutes,
        hotline: contest.hotline,
        contactEmail: contest.contactEmail,
      });
      const to = p.account.email;
      deliverLater("EMAIL", p.account.id, () => mailer().send({ to, ...message }));
    } else {
      const text = resetSms({ code: p.secret, minutes, organiserShort: contest.organiserShort });
      const to = p.account.phone;
      deliverLater("SMS", p.account.id, () => smsGateway().send(to, text));
    }
  }
}

const resetSelect = {
  id: true,
  participantId: true,
  channel: true,
  secretHash: true,
  expiresAt: true,
  usedAt: true,
  voidedAt: true,
  failedTries: true,
} as const;

interface ResetLinkContest {
  id: string;
  name: string;
  hotline: string;
  contactEmail: string;
}

/**
 * The contest of the account an e-mailed link resets, while the link still works; null when it
 * does not (the page says so before the person types a password).
 */
export async function resetLinkContest(token: string): Promise<ResetLinkContest | null> {
  const row = await db.passwordReset.findUnique({
    where: { secretHash: secretHash(hashKey(), "EMAIL", token) },
    select: { ...resetSelect, participant: { select: { contest: { select: { id: true, name: true, hotline: true, contactEmail: true } } } } },
  });
  return row && row.channel === "EMAIL" && isResetUsable(row, now()) ? row.participant.contest : null;
}

export async function resetPasswordWithLink(input: { token: string; password: string }, ctx: { ipHash: string | null }): Promise<ActionResult<undefined>> {
  const row = await db.passwordReset.findUnique({ where: { secretHash: secretHash(hashKey(), "EMAIL", input.token) }, select: resetSelect });
  if (!row || row.channel !== "EMAIL" || !isResetUsable(row, now())) return fail(LINK_UNUSABLE);
  return completeReset(row, input.password, ctx, LINK_UNUSABLE);
}

export async function resetPasswordWithCode(
  input: { contestId: string; identifier: Exclude<RecoveryIdentifier, { kind: "email" }>; code: string; password: string },
  ctx: { ipHash: string | null },
): Promise<ActionResult<undefined>> {
  const at = now();
  const row = await db.passwordReset.findFirst({
    where: { channel: "SMS", usedAt: null, voidedAt: null, expiresAt: { gt: at }, participant: whereIdentifier(input.contestId, input.identifier) },
    orderBy: { createdAt: "desc" },
    select: resetSelect,
  });
  if (!row) return fail(CODE_UNUSABLE);
  // Each entry spends one of the code's tries before it is compared, so parallel guesses cannot
  // get more than MAX_CODE_TRIES comparisons out of one code.
  const claimed = await db.passwordReset.updateMany({
    where: { id: row.id, usedAt: null, voidedAt: null, failedTries: { lt: MAX_CODE_TRIES } },
    data: { failedTries: { increment: 1 } },
  });
  if (claimed.count === 0) return fail(CODE_UNUSABLE);
  if (!hashesEqual(secretHash(hashKey(), "SMS", input.code, row.id), row.secretHash)) {
    await db.passwordReset.updateMany({ where: { id: row.id, voidedAt: null, failedTries: { gte: MAX_CODE_TRIES } }, data: { voidedAt: at } });
    return fail(CODE_UNUSABLE);
  }
  return completeReset(row, input.password, ctx, CODE_UNUSABLE);
}

/**
 * Uses the reset (once: a conditional update, so two tabs cannot both use it), sets the password,
 * bumps the session version (every session of the account ends: lib/auth/session.ts), voids the
 * account's other resets and writes the audit entry, all in one transaction. The entry names the
 * channel, never the secret, the code or the password.
 */
async function completeReset(
  row: { id: string; participantId: string; channel: RecoveryChannel },
  password: string,
  ctx: { ipHash: string | null },
  unusable: string,
): Promise<ActionResult<undefined>> {
  const passwordHash = await hashPassword(password);
  const at = now();
  const done = await db.$transaction(async (tx) => {
    const used = await tx.passwordReset.updateMany({ where: { id: row.id, usedAt: null, voidedAt: null, expiresAt: { gt: at } }, data: { usedAt: at } });
    if (used.count === 0) return false;
    const p = await tx.participant.update({
      where: { id: row.participantId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { id: true, fullName: true },
    });
    const voided = await tx.passwordReset.updateMany({ where: { participantId: row.participantId, usedAt: null, voidedAt: null }, data: { voidedAt: at } });
    await appendAudit(tx, {
      actor: { type: "PARTICIPANT", id: p.id, name: p.fullName },
      action: "participant.recover_password",
      entityType: "Participant",
      entityId: p.id,
      after: { channel: row.channel, sessionsEnded: true, otherResetsVoided: voided.count, ipHash: ctx.ipHash },
    });
    return true;
  });
  if (!done) return fail(unusable);
  forgetParticipantSessionVersion(row.participantId);
  return ok(undefined);
}
