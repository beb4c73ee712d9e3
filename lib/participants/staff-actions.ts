"use server";
// Server actions of the staff participants pages (capability "participants": ADMIN, SECRETARY).
// Thin: who is calling → validate → one lib call → revalidate → typed result.
import { revalidatePath } from "next/cache";
import { fail, invalid, type ActionResult } from "../actions/result";
import { authorizeStaff } from "../auth/session";
import { correctParticipantIdentity, type IdentityField } from "./staff-identity";
import { resetParticipantPassword } from "./staff-password";
import { correctIdentitySchema, resetParticipantPasswordSchema } from "./staff-schema";

const LIST_PATH = "/quan-tri/thi-sinh";

export async function correctParticipantIdentityAction(input: unknown): Promise<ActionResult<{ id: string; changed: IdentityField[] }>> {
  const auth = await authorizeStaff("participants");
  if (!auth.ok) return fail(auth.error);
  const parsed = correctIdentitySchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await correctParticipantIdentity(parsed.data, auth.staff);
  if (result.ok) {
    revalidatePath(LIST_PATH);
    revalidatePath(`${LIST_PATH}/${result.data.id}`);
  }
  return result;
}

/** The temporary password is in the result once, for the staff member to read out by phone. */
export async function resetParticipantPasswordAction(input: unknown): Promise<ActionResult<{ temporaryPassword: string }>> {
  const auth = await authorizeStaff("participants");
  if (!auth.ok) return fail(auth.error);
  const parsed = resetParticipantPasswordSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  return resetParticipantPassword(parsed.data.participantId, parsed.data.reason, auth.staff);
}
