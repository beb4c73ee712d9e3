"use server";
// Participant server actions. Public endpoints (anyone can POST them): each one limits its rate and
// validates its input itself.
import { headers } from "next/headers";
import { guardDb } from "../actions/db-guard";
import { invalid, ok, type FieldErrors } from "../actions/result";
import { publicBaseUrl } from "../certificates/urls";
import { consume } from "../security/rate-limit";
import { clientIp, hashIdentifier } from "../security/request";
import { requestPasswordReset, resetPasswordWithCode, resetPasswordWithLink } from "./recovery";
import {
  recoveryRequestSchema,
  resetByCodeSchema,
  resetByLinkSchema,
  type RecoveryRequestInput,
  type ResetByCodeInput,
  type ResetByLinkInput,
} from "./recovery-schema";
import { registerParticipant } from "./registration";
import { registrationSchema, type RegistrationInput } from "./schema";

export type RegisterResult =
  { ok: true; data: { participantId: string } } | { ok: false; error: string; fieldErrors?: FieldErrors; retryAfter?: number; retryable?: true };

/** Registers the person in the contest named by the form (docs/DOMAIN.md §2). */
export async function registerAction(input: RegistrationInput): Promise<RegisterResult> {
  const ip = clientIp(await headers());
  const byIp = await consume("register-ip", ip);
  if (!byIp.ok) return { ok: false, error: byIp.message, retryAfter: byIp.retryAfterSec };

  const parsed = registrationSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);

  const byId = await consume("register-id", parsed.data.cccd);
  if (!byId.ok) return { ok: false, error: byId.message, retryAfter: byId.retryAfterSec };

  // Registration is safe to retry: a retryable error means nothing was committed.
  return guardDb("register", () => registerParticipant(parsed.data, { ipHash: hashIdentifier(ip) }));
}

export type RecoveryResult = { ok: true; data: undefined } | { ok: false; error: string; fieldErrors?: FieldErrors; retryAfter?: number; retryable?: true };

/**
 * Asks for a password reset link or code (docs/SECURITY.md "Account recovery"). The answer is the
 * same whether or not an account matches; the limits count every request, matched or not. The
 * link is built from the configured public address, never from the request's Host header (which
 * the sender writes).
 */
export async function requestPasswordResetAction(input: RecoveryRequestInput): Promise<RecoveryResult> {
  const ip = clientIp(await headers());
  const byIp = await consume("recovery-request-ip", ip);
  if (!byIp.ok) return { ok: false, error: byIp.message, retryAfter: byIp.retryAfterSec };

  const parsed = recoveryRequestSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);

  const { contestId, identifier } = parsed.data;
  const byId = await consume("recovery-request-id", hashIdentifier(`${contestId}|${identifier.kind}|${identifier.value}`));
  if (!byId.ok) return { ok: false, error: byId.message, retryAfter: byId.retryAfterSec };

  return guardDb("recovery-request", async () => {
    await requestPasswordReset(parsed.data, { ipHash: hashIdentifier(ip), baseUrl: publicBaseUrl() });
    return ok(undefined);
  });
}

/** Sets a new password with the e-mailed link's token. */
export async function resetPasswordByLinkAction(input: ResetByLinkInput): Promise<RecoveryResult> {
  const ip = clientIp(await headers());
  const byIp = await consume("recovery-reset-ip", ip);
  if (!byIp.ok) return { ok: false, error: byIp.message, retryAfter: byIp.retryAfterSec };
  const parsed = resetByLinkSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  return guardDb("recovery-reset", () => resetPasswordWithLink(parsed.data, { ipHash: hashIdentifier(ip) }));
}

/** Sets a new password with the SMS code (each code takes MAX_CODE_TRIES entries, lib/participants/recovery-rules.ts). */
export async function resetPasswordByCodeAction(input: ResetByCodeInput): Promise<RecoveryResult> {
  const ip = clientIp(await headers());
  const byIp = await consume("recovery-reset-ip", ip);
  if (!byIp.ok) return { ok: false, error: byIp.message, retryAfter: byIp.retryAfterSec };
  const parsed = resetByCodeSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  return guardDb("recovery-reset", () => resetPasswordWithCode(parsed.data, { ipHash: hashIdentifier(ip) }));
}
