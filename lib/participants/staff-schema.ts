// Staff work on participants (capability "participants"): the search of a contest's participants,
// the correction of locked identity fields and the password reset (docs/DOMAIN.md §2: "Identity
// fields are locked after registration; staff can correct them with an audit entry").
// Pure: no Prisma, no next/*; the correction form's resolver uses these schemas in the browser.
import { z } from "zod";
import { normalizeText } from "../text";
import { crossCheckCccd, registrationSchema } from "./schema";

export const STAFF_REASON_MIN = 10;
const STAFF_REASON_MAX = 500;
export const PARTICIPANT_SEARCH_MAX = 100;

// The registration's own field rules (messages, normalisation), so a correction is held to exactly
// what registration accepts: name NFC-normalised, dd/MM/yyyy → yyyy-MM-dd, phone → 0xxxxxxxxx.
const { fullName, birthDate, gender, cccd, phone } = registrationSchema.in.shape;

const RELOAD = "Trang đã cũ. Vui lòng tải lại trang rồi thử lại.";
const participantId = z.string({ error: RELOAD }).min(1, RELOAD);

/** Why staff changed someone's account: kept in the audit log. */
const staffReasonSchema = z
  .string({ error: "Vui lòng nêu lý do." })
  .transform(normalizeText)
  .superRefine((value, ctx) => {
    // One message at a time, as the registration fields do.
    if (value === "") ctx.addIssue({ code: "custom", message: "Vui lòng nêu lý do." });
    else if (value.length < STAFF_REASON_MIN) ctx.addIssue({ code: "custom", message: `Lý do cần ít nhất ${STAFF_REASON_MIN} ký tự.` });
    else if (value.length > STAFF_REASON_MAX) ctx.addIssue({ code: "custom", message: `Lý do tối đa ${STAFF_REASON_MAX} ký tự.` });
  });

export const correctIdentitySchema = z
  .object({ participantId, fullName, birthDate, gender, cccd, phone, reason: staffReasonSchema })
  .superRefine(crossCheckCccd);

/** What the correction form holds (strings as typed). */
export type CorrectIdentityInput = z.input<typeof correctIdentitySchema>;
/** Normalised: yyyy-MM-dd birth date, 0xxxxxxxxx phone, NFC name and reason. */
export type CorrectIdentity = z.output<typeof correctIdentitySchema>;

export const resetParticipantPasswordSchema = z.object({ participantId, reason: staffReasonSchema });
export type ResetParticipantPasswordInput = z.input<typeof resetParticipantPasswordSchema>;

export interface ParticipantSearch {
  q: string;
  page: number;
}

/** The list's URL parameters (?q=…&trang=…): never throws, always in range. */
export function parseParticipantSearch(params: Record<string, string | string[] | undefined>): ParticipantSearch {
  const pick = (k: string) => {
    const v = params[k];
    return (Array.isArray(v) ? v[0] : v) ?? "";
  };
  const page = Number.parseInt(pick("trang"), 10);
  return { q: normalizeText(pick("q")).slice(0, PARTICIPANT_SEARCH_MAX), page: Number.isSafeInteger(page) && page >= 1 ? page : 1 };
}
