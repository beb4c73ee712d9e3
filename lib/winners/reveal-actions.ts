"use server";
// The jury's "Hiện thông tin" (capability "jury"): a public endpoint, so it checks the caller itself.
// authorize → validate → one lib call → the one person's full identity, audited (lib/winners/reveal.ts).
import { fail, invalid, type ActionResult } from "../actions/result";
import { authorizeStaff } from "../auth/session";
import { revealParticipant, type RevealedIdentity } from "./reveal";
import { revealParticipantSchema } from "./reveal-schema";

export async function revealParticipantAction(input: unknown): Promise<ActionResult<RevealedIdentity>> {
  const auth = await authorizeStaff("jury");
  if (!auth.ok) return fail(auth.error);
  const parsed = revealParticipantSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  return revealParticipant(parsed.data.roundId, parsed.data.participantId, parsed.data.reason, auth.staff);
}
