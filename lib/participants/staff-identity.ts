// Staff correct a participant's locked identity fields (docs/DOMAIN.md §2): only the fields that
// changed are written, with an audit entry holding their before/after values and the reason, in
// one transaction. A CCCD or phone already used by another account of the contest is refused
// without saying whose account it is.
import "server-only";
import { fail, ok, type ActionResult } from "../actions/result";
import { appendAudit } from "../audit/log";
import { db, type Db, type Tx } from "../db";
import { isUniqueViolation } from "../db/errors";
import { staffActor, type StaffActor } from "../staff/actor";
import { searchKey } from "../text";
import type { GenderValue } from "./labels";
import type { CorrectIdentity } from "./staff-schema";

const IDENTITY_FIELDS = ["fullName", "birthDate", "gender", "cccd", "phone"] as const;
export type IdentityField = (typeof IDENTITY_FIELDS)[number];

export const PARTICIPANT_NOT_FOUND = "Không tìm thấy thí sinh.";
export const NOTHING_CHANGED = "Thông tin không có gì thay đổi so với hiện tại.";
export const CCCD_TAKEN = "Số CCCD này đã được dùng cho một tài khoản khác trong cuộc thi.";
export const PHONE_TAKEN = "Số điện thoại này đã được dùng cho một tài khoản khác trong cuộc thi.";

type Identity = Record<Exclude<IdentityField, "gender">, string> & { gender: GenderValue };

/** The first identifier (CCCD, then phone) that another account of the contest already uses. */
async function takenByOther(
  tx: Tx | Db,
  contestId: string,
  participantId: string,
  want: { cccd?: string; phone?: string },
): Promise<ActionResult<never> | null> {
  const or = [...(want.cccd ? [{ cccd: want.cccd }] : []), ...(want.phone ? [{ phone: want.phone }] : [])];
  if (or.length === 0) return null;
  const others = await tx.participant.findMany({ where: { contestId, id: { not: participantId }, OR: or }, select: { cccd: true, phone: true } });
  if (want.cccd && others.some((o) => o.cccd === want.cccd)) return fail(CCCD_TAKEN, { cccd: [CCCD_TAKEN] });
  if (want.phone && others.some((o) => o.phone === want.phone)) return fail(PHONE_TAKEN, { phone: [PHONE_TAKEN] });
  return null;
}

function pick(source: Identity, fields: IdentityField[]): Partial<Identity> {
  return Object.fromEntries(fields.map((f) => [f, source[f]])) as Partial<Identity>;
}

export async function correctParticipantIdentity(data: CorrectIdentity, actor: StaffActor): Promise<ActionResult<{ id: string; changed: IdentityField[] }>> {
  const id = data.participantId;
  let contestId: string | null = null;
  let wanted: { cccd?: string; phone?: string } = {};
  try {
    return await db.$transaction(async (tx) => {
      const current = await tx.participant.findUnique({
        where: { id },
        select: { contestId: true, fullName: true, birthDate: true, gender: true, cccd: true, phone: true },
      });
      if (!current) return fail(PARTICIPANT_NOT_FOUND);
      contestId = current.contestId;
      const changed = IDENTITY_FIELDS.filter((f) => current[f] !== data[f]);
      if (changed.length === 0) return fail(NOTHING_CHANGED);
      wanted = { cccd: changed.includes("cccd") ? data.cccd : undefined, phone: changed.includes("phone") ? data.phone : undefined };
      // Checked first for a clear message; the unique indexes (contestId+cccd, contestId+phone) are the real guard.
      const clash = await takenByOther(tx, current.contestId, id, wanted);
      if (clash) return clash;
      const before = pick(current, changed);
      const after = pick(data, changed);
      await tx.participant.update({ where: { id }, data: { ...after, ...(changed.includes("fullName") ? { fullNameSearch: searchKey(data.fullName) } : {}) } });
      await appendAudit(tx, {
        actor: staffActor(actor),
        action: "participant.correct_identity",
        entityType: "Participant",
        entityId: id,
        reason: data.reason,
        before,
        after,
      });
      return ok({ id, changed });
    });
  } catch (err) {
    // A parallel registration or correction took the CCCD or phone between the check and the write.
    if (!isUniqueViolation(err) || contestId === null) throw err;
    return (await takenByOther(db, contestId, id, wanted)) ?? fail(CCCD_TAKEN, { cccd: [CCCD_TAKEN] });
  }
}
