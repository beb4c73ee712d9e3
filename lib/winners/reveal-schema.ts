// Input of the jury's "Hiện thông tin" (show one ranked person's full CCCD, phone and birth date):
// shared by the form's resolver and the server action. Messages in Vietnamese.
import { z } from "zod";
import { reasonSchema } from "./schema";

const id = z.string().trim().min(1, "Thiếu mã.").max(100);

export const revealParticipantSchema = z.object({ roundId: id, participantId: id, reason: reasonSchema });
export type RevealParticipantInput = z.input<typeof revealParticipantSchema>;
