"use server";
// The jury's "Hiện thông tin" (capability "jury"), built by staffAction (lib/actions/staff-action.ts):
// caller → role → input → the one person's full identity, audited (lib/winners/reveal.ts).
import { staffAction } from "../actions/staff-action";
import { revealParticipant } from "./reveal";
import { revealParticipantSchema } from "./reveal-schema";

export const revealParticipantAction = staffAction(
  "jury",
  revealParticipantSchema,
  (input, staff) => revealParticipant(input.roundId, input.participantId, input.reason, staff),
  { name: "revealParticipantAction" },
);
