"use server";
// Server actions of the staff participants pages (capability "participants": ADMIN, SECRETARY),
// built by staffAction (lib/actions/staff-action.ts): caller → role → input → one lib call → revalidate.
import { staffAction } from "../actions/staff-action";
import { correctParticipantIdentity } from "./staff-identity";
import { resetParticipantPassword } from "./staff-password";
import { correctIdentitySchema, resetParticipantPasswordSchema } from "./staff-schema";

const LIST_PATH = "/quan-tri/thi-sinh";

export const correctParticipantIdentityAction = staffAction("participants", correctIdentitySchema, correctParticipantIdentity, {
  name: "correctParticipantIdentityAction",
  revalidate: (_input, data) => [LIST_PATH, `${LIST_PATH}/${data.id}`],
});

/** The temporary password is in the result once, for the staff member to read out by phone. */
export const resetParticipantPasswordAction = staffAction(
  "participants",
  resetParticipantPasswordSchema,
  (input, staff) => resetParticipantPassword(input.participantId, input.reason, staff),
  { name: "resetParticipantPasswordAction" },
);
