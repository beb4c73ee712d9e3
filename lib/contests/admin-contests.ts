// Writing contest settings: the contest itself, its consent text versions, its districts and units.
// Each change and its audit entry share one transaction.
import "server-only";
import type { z } from "zod";
import { fail, ok, type ActionResult } from "../actions/result";
import { appendAudit } from "../audit/log";
import { db } from "../db";
import { staffActor, type StaffActor } from "../staff/actor";
import { normalizeText } from "../text";
import { isUniqueViolation } from "./admin-lists";
import { publicContestSelect } from "./queries";
import type {
  consentTextSchema,
  createContestSchema,
  createDistrictSchema,
  createUnitSchema,
  renameDistrictSchema,
  updateContestSchema,
  updateUnitSchema,
} from "./schema";

type Out<S extends z.ZodType> = z.output<S>;

export async function createContest(input: Out<typeof createContestSchema>, staff: StaffActor): Promise<ActionResult<{ id: string }>> {
  try {
    const id = await db.$transaction(async (tx) => {
      const c = await tx.contest.create({
        data: {
          slug: input.slug,
          name: normalizeText(input.name),
          organiser: normalizeText(input.organiser),
          organiserShort: normalizeText(input.organiserShort),
          year: input.year,
          isFeatured: input.isFeatured,
          certificatePattern: input.certificatePattern,
          // A contest starts unpublished: the organiser fills in texts and rounds first.
          isPublished: false,
        },
        select: { id: true },
      });
      // One contest is featured at "/" at a time.
      if (input.isFeatured) await tx.contest.updateMany({ where: { isFeatured: true, NOT: { id: c.id } }, data: { isFeatured: false } });
      await appendAudit(tx, { actor: staffActor(staff), action: "contest.create", entityType: "Contest", entityId: c.id, after: input });
      return c.id;
    });
    return ok({ id });
  } catch (err) {
    if (isUniqueViolation(err)) return fail("Đường dẫn này đã được dùng cho cuộc thi khác.", { slug: ["Đường dẫn đã được dùng."] });
    throw err;
  }
}

// What staff may change: the public contest fields (all but its id and address) plus publication
// and the certificate numbering.
const { id: _id, slug: _slug, ...publicEditable } = publicContestSelect;
const contestEditable = { ...publicEditable, isPublished: true, certificatePattern: true } as const;

export async function updateContest(input: Out<typeof updateContestSchema>, staff: StaffActor): Promise<ActionResult<{ id: string }>> {
  const before = await db.contest.findUnique({ where: { id: input.id }, select: contestEditable });
  if (!before) return fail("Không tìm thấy cuộc thi.");
  const { id, ...after } = input;
  const changed = (Object.keys(after) as (keyof typeof after)[]).filter((k) => before[k] !== after[k]);
  if (changed.length === 0) return fail("Không có thay đổi nào để lưu.");
  await db.$transaction(async (tx) => {
    await tx.contest.update({ where: { id }, data: after });
    if (after.isFeatured && !before.isFeatured) await tx.contest.updateMany({ where: { isFeatured: true, NOT: { id } }, data: { isFeatured: false } });
    await appendAudit(tx, {
      actor: staffActor(staff),
      action: "contest.update",
      entityType: "Contest",
      entityId: id,
      before: Object.fromEntries(changed.map((k) => [k, before[k]])),
      after: Object.fromEntries(changed.map((k) => [k, after[k]])),
    });
  });
  return ok({ id });
}

/** A changed consent text is a new version; participants' records keep the version they accepted. */
export async function addConsentVersion(input: Out<typeof consentTextSchema>, staff: StaffActor): Promise<ActionResult<{ version: number }>> {
  const contest = await db.contest.findUnique({
    where: { id: input.contestId },
    select: { id: true, consentTexts: { orderBy: { version: "desc" }, take: 1, select: { version: true, text: true } } },
  });
  if (!contest) return fail("Không tìm thấy cuộc thi.");
  const current = contest.consentTexts[0];
  if (current && current.text.trim() === input.text) return fail("Nội dung không thay đổi so với phiên bản hiện tại.");
  const version = (current?.version ?? 0) + 1;
  try {
    await db.$transaction(async (tx) => {
      await tx.consentText.create({ data: { contestId: input.contestId, version, text: input.text } });
      await appendAudit(tx, {
        actor: staffActor(staff),
        action: "consent.version",
        entityType: "Contest",
        entityId: input.contestId,
        before: current ? { version: current.version, text: current.text } : null,
        after: { version, text: input.text },
      });
    });
  } catch (err) {
    if (isUniqueViolation(err)) return fail("Nội dung vừa được người khác cập nhật. Vui lòng tải lại trang.");
    throw err;
  }
  return ok({ version });
}

// ---------------------------------------------------------------- districts

export async function createDistrict(input: Out<typeof createDistrictSchema>, staff: StaffActor): Promise<ActionResult<{ id: string }>> {
  const name = normalizeText(input.name);
  try {
    const id = await db.$transaction(async (tx) => {
      const count = await tx.district.count({ where: { contestId: input.contestId } });
      const d = await tx.district.create({ data: { contestId: input.contestId, name, sortOrder: count }, select: { id: true } });
      await appendAudit(tx, {
        actor: staffActor(staff),
        action: "district.create",
        entityType: "District",
        entityId: d.id,
        after: { contestId: input.contestId, name },
      });
      return d.id;
    });
    return ok({ id });
  } catch (err) {
    if (isUniqueViolation(err)) return fail("Đã có huyện/thành phố cùng tên.", { name: ["Tên bị trùng."] });
    if ((err as { code?: string })?.code === "P2003") return fail("Không tìm thấy cuộc thi.");
    throw err;
  }
}

export async function renameDistrict(input: Out<typeof renameDistrictSchema>, staff: StaffActor): Promise<ActionResult<{ id: string }>> {
  const before = await db.district.findUnique({ where: { id: input.id }, select: { name: true } });
  if (!before) return fail("Không tìm thấy huyện/thành phố.");
  const name = normalizeText(input.name);
  if (before.name === name) return fail("Tên không thay đổi.");
  try {
    await db.$transaction(async (tx) => {
      await tx.district.update({ where: { id: input.id }, data: { name } });
      await appendAudit(tx, { actor: staffActor(staff), action: "district.rename", entityType: "District", entityId: input.id, before, after: { name } });
    });
  } catch (err) {
    if (isUniqueViolation(err)) return fail("Đã có huyện/thành phố cùng tên.", { name: ["Tên bị trùng."] });
    throw err;
  }
  return ok({ id: input.id });
}

/** Only an unused district can go: participants and units refer to it. */
export async function deleteDistrict(id: string, staff: StaffActor): Promise<ActionResult<{ id: string }>> {
  const d = await db.district.findUnique({ where: { id }, select: { name: true, contestId: true, _count: { select: { participants: true, units: true } } } });
  if (!d) return fail("Không tìm thấy huyện/thành phố.");
  if (d._count.participants > 0 || d._count.units > 0) {
    return fail(`Không xóa được “${d.name}”: đang được ${d._count.participants} thí sinh và ${d._count.units} đơn vị sử dụng. Hãy đổi tên thay vì xóa.`);
  }
  await db.$transaction(async (tx) => {
    await tx.district.delete({ where: { id } });
    await appendAudit(tx, {
      actor: staffActor(staff),
      action: "district.delete",
      entityType: "District",
      entityId: id,
      before: { contestId: d.contestId, name: d.name },
    });
  });
  return ok({ id });
}

// ---------------------------------------------------------------- units

async function checkUnitDistrict(contestId: string, districtId: string | null): Promise<string | null> {
  if (!districtId) return null;
  const d = await db.district.findFirst({ where: { id: districtId, contestId }, select: { id: true } });
  return d ? null : "Huyện/thành phố không thuộc cuộc thi này.";
}

export async function createUnit(input: Out<typeof createUnitSchema>, staff: StaffActor): Promise<ActionResult<{ id: string }>> {
  const contest = await db.contest.findUnique({ where: { id: input.contestId }, select: { id: true } });
  if (!contest) return fail("Không tìm thấy cuộc thi.");
  const districtError = await checkUnitDistrict(input.contestId, input.districtId);
  if (districtError) return fail(districtError, { districtId: [districtError] });
  const data = { name: normalizeText(input.name), headcount: input.headcount, districtId: input.districtId };
  try {
    const id = await db.$transaction(async (tx) => {
      const count = await tx.unit.count({ where: { contestId: input.contestId } });
      const u = await tx.unit.create({ data: { contestId: input.contestId, ...data, sortOrder: count }, select: { id: true } });
      await appendAudit(tx, {
        actor: staffActor(staff),
        action: "unit.create",
        entityType: "Unit",
        entityId: u.id,
        after: { contestId: input.contestId, ...data },
      });
      return u.id;
    });
    return ok({ id });
  } catch (err) {
    if (isUniqueViolation(err)) return fail("Đã có đơn vị cùng tên.", { name: ["Tên bị trùng."] });
    throw err;
  }
}

export async function updateUnit(input: Out<typeof updateUnitSchema>, staff: StaffActor): Promise<ActionResult<{ id: string }>> {
  const before = await db.unit.findUnique({ where: { id: input.id }, select: { contestId: true, name: true, headcount: true, districtId: true } });
  if (!before) return fail("Không tìm thấy đơn vị.");
  const districtError = await checkUnitDistrict(before.contestId, input.districtId);
  if (districtError) return fail(districtError, { districtId: [districtError] });
  const after = { name: normalizeText(input.name), headcount: input.headcount, districtId: input.districtId };
  if (after.name === before.name && after.headcount === before.headcount && after.districtId === before.districtId)
    return fail("Không có thay đổi nào để lưu.");
  try {
    await db.$transaction(async (tx) => {
      await tx.unit.update({ where: { id: input.id }, data: after });
      const { contestId: _c, ...was } = before;
      await appendAudit(tx, { actor: staffActor(staff), action: "unit.update", entityType: "Unit", entityId: input.id, before: was, after });
    });
  } catch (err) {
    if (isUniqueViolation(err)) return fail("Đã có đơn vị cùng tên.", { name: ["Tên bị trùng."] });
    throw err;
  }
  return ok({ id: input.id });
}

export async function deleteUnit(id: string, staff: StaffActor): Promise<ActionResult<{ id: string }>> {
  const u = await db.unit.findUnique({ where: { id }, select: { name: true, contestId: true, headcount: true, _count: { select: { participants: true } } } });
  if (!u) return fail("Không tìm thấy đơn vị.");
  if (u._count.participants > 0)
    return fail(`Không xóa được “${u.name}”: đang có ${u._count.participants} thí sinh thuộc đơn vị này. Hãy đổi tên thay vì xóa.`);
  await db.$transaction(async (tx) => {
    await tx.unit.delete({ where: { id } });
    await appendAudit(tx, {
      actor: staffActor(staff),
      action: "unit.delete",
      entityType: "Unit",
      entityId: id,
      before: { contestId: u.contestId, name: u.name, headcount: u.headcount },
    });
  });
  return ok({ id });
}
