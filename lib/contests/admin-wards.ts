// Writing the wards (xã/phường/thị trấn) of a contest's districts: the list the registration form
// offers once a district is chosen (a district without wards takes free text). Each change and its
// audit entry share one transaction.
//
// Participants store the ward they chose as text (Participant.wardName), not as a reference: renaming
// or deleting a ward never changes what registered participants declared, so deletion needs no
// "in use" check, and the statistics keep the names people registered with.
import "server-only";
import type { z } from "zod";
import { fail, ok, type ActionResult } from "../actions/result";
import { appendAudit } from "../audit/log";
import { db } from "../db";
import { staffActor, type StaffActor } from "../staff/actor";
import { normalizeText } from "../text";
import { isUniqueViolation, moveInList } from "./admin-lists";
import type { createWardSchema, moveByIdSchema, renameWardSchema } from "./schema";

type Out<S extends z.ZodType> = z.output<S>;

const DUPLICATE_NAME = "Huyện/thành phố này đã có xã/phường cùng tên.";

export async function createWard(input: Out<typeof createWardSchema>, staff: StaffActor): Promise<ActionResult<{ id: string }>> {
  const district = await db.district.findUnique({ where: { id: input.districtId }, select: { id: true } });
  if (!district) return fail("Không tìm thấy huyện/thành phố.");
  const name = normalizeText(input.name);
  try {
    const id = await db.$transaction(async (tx) => {
      const last = await tx.ward.aggregate({ where: { districtId: input.districtId }, _max: { sortOrder: true } });
      const w = await tx.ward.create({ data: { districtId: input.districtId, name, sortOrder: (last._max.sortOrder ?? -1) + 1 }, select: { id: true } });
      await appendAudit(tx, {
        actor: staffActor(staff),
        action: "ward.create",
        entityType: "Ward",
        entityId: w.id,
        after: { districtId: input.districtId, name },
      });
      return w.id;
    });
    return ok({ id });
  } catch (err) {
    if (isUniqueViolation(err)) return fail(DUPLICATE_NAME, { name: [DUPLICATE_NAME] });
    throw err;
  }
}

export async function renameWard(input: Out<typeof renameWardSchema>, staff: StaffActor): Promise<ActionResult<{ id: string }>> {
  const before = await db.ward.findUnique({ where: { id: input.id }, select: { name: true } });
  if (!before) return fail("Không tìm thấy xã/phường.");
  const name = normalizeText(input.name);
  if (before.name === name) return fail("Tên không thay đổi.");
  try {
    await db.$transaction(async (tx) => {
      await tx.ward.update({ where: { id: input.id }, data: { name } });
      await appendAudit(tx, { actor: staffActor(staff), action: "ward.rename", entityType: "Ward", entityId: input.id, before, after: { name } });
    });
  } catch (err) {
    if (isUniqueViolation(err)) return fail(DUPLICATE_NAME, { name: [DUPLICATE_NAME] });
    throw err;
  }
  return ok({ id: input.id });
}

export async function moveWard(input: Out<typeof moveByIdSchema>, staff: StaffActor): Promise<ActionResult<{ id: string }>> {
  const ward = await db.ward.findUnique({ where: { id: input.id }, select: { districtId: true } });
  if (!ward) return fail("Không tìm thấy xã/phường.");
  return moveInList({
    input,
    staff,
    entityType: "Ward",
    action: "ward.move",
    edgeMessage: input.direction === "up" ? "Xã/phường đã ở đầu danh sách." : "Xã/phường đã ở cuối danh sách.",
    list: (tx) =>
      tx.ward.findMany({ where: { districtId: ward.districtId }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, sortOrder: true } }),
    setOrder: (tx, id, sortOrder) => tx.ward.update({ where: { id }, data: { sortOrder } }),
  });
}

/** Free to delete: participants keep the ward name they registered with (see the top of this file). */
export async function deleteWard(id: string, staff: StaffActor): Promise<ActionResult<{ id: string }>> {
  const w = await db.ward.findUnique({ where: { id }, select: { districtId: true, name: true } });
  if (!w) return fail("Không tìm thấy xã/phường.");
  await db.$transaction(async (tx) => {
    await tx.ward.delete({ where: { id } });
    await appendAudit(tx, { actor: staffActor(staff), action: "ward.delete", entityType: "Ward", entityId: id, before: w });
  });
  return ok({ id });
}
