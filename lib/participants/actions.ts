"use server";
// Participant server actions. Public endpoints (anyone can POST them): each one limits its rate and
// validates its input itself.
import { headers } from "next/headers";
import { guardDb } from "../actions/db-guard";
import { invalid, type FieldErrors } from "../actions/result";
import { consume } from "../security/rate-limit";
import { clientIp, hashIdentifier } from "../security/request";
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
