jest.mock("next/cache", () => ({ revalidatePath: jest.fn(), revalidateTag: jest.fn() }));

import { audit } from "@/lib/audit/log";
import { setSessionForTests } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { verifyAuditLogAction } from "@/lib/staff/audit-actions";
import { parseAuditFilter } from "@/lib/staff/audit-filters";
import { listAuditEntries } from "@/lib/staff/audit-queries";
import { fixedClock, setClock } from "@/lib/time";

beforeAll(async () => {
  const admin = await db.staffUser.create({ data: { username: "admin", fullName: "Quản trị", role: "ADMIN", passwordHash: "x" } });
  setSessionForTests({ id: admin.id, kind: "staff", role: "ADMIN", name: "admin" });
  const staff = (name: string) => ({ type: "STAFF" as const, id: name, name });
  const at = (iso: string) => setClock(fixedClock(iso));
  // 23:30 on 09/03 in Vietnam is still 09/03 (16:30 UTC); 00:30 on 10/03 Vietnam is 17:30 UTC on 09/03.
  at("2026-03-09T16:30:00Z");
  await audit({ actor: staff("admin"), action: "round.update", entityType: "Round", entityId: "r1", before: { a: 1 }, after: { a: 2 } });
  at("2026-03-09T17:30:00Z");
  await audit({ actor: staff("bientap"), action: "question.update", entityType: "Question", entityId: "q1" });
  at("2026-03-12T02:00:00Z");
  for (let i = 0; i < 55; i++) await audit({ actor: staff("bientap"), action: "question.create", entityType: "Question", entityId: `n${i}` });
});

test("newest first, 50 a page, with the filter lists", async () => {
  const page = await listAuditEntries(parseAuditFilter({}));
  expect(page.total).toBe(57);
  expect(page.rows).toHaveLength(50);
  expect(page.rows[0].id).toBeGreaterThan(page.rows[1].id);
  expect(page.pageCount).toBe(2);
  expect(page.actions).toEqual(["question.create", "question.update", "round.update"]);
  expect(page.entityTypes).toEqual(["Question", "Round"]);
  expect(page.actors).toEqual(["admin", "bientap"]);
  expect((await listAuditEntries(parseAuditFilter({ trang: "2" }))).rows).toHaveLength(7);
});

test.each([
  [{ hanhDong: "round.update" }, 1],
  [{ doiTuong: "Question" }, 56],
  [{ nguoi: "admin" }, 1],
  [{ tuNgay: "09/03/2026", denNgay: "09/03/2026" }, 1],
  [{ tuNgay: "10/03/2026" }, 56],
  [{ denNgay: "10/03/2026", nguoi: "bientap" }, 1],
])("filter %j gives %i entries (dates are Vietnam days)", async (params, total) => {
  expect((await listAuditEntries(parseAuditFilter(params))).total).toBe(total);
});

test("an unreadable date is reported instead of guessed", async () => {
  const page = await listAuditEntries(parseAuditFilter({ tuNgay: "31/02/2026" }));
  expect(page.problems).toEqual(["“Từ ngày” không đúng dạng dd/MM/yyyy."]);
  expect(page.total).toBe(57);
});

test("the integrity check says OK, then points at a tampered entry", async () => {
  expect(await verifyAuditLogAction()).toEqual({ ok: true, data: { ok: true, count: 57 } });
  const target = await db.auditLog.findFirstOrThrow({ where: { action: "round.update" } });
  await db.auditLog.update({ where: { id: target.id }, data: { after: { a: 3 } } });
  const r = await verifyAuditLogAction();
  expect(r).toMatchObject({ ok: true, data: { ok: false, brokenAtId: target.id } });
});
