import { appendAudit, audit, verifyAuditLog } from "@/lib/audit/log";
import { db } from "@/lib/db";

const actor = { type: "STAFF" as const, id: "s1", name: "admin" };

test("entries chain by hash and the chain verifies", async () => {
  await audit({ actor, action: "question.update", entityType: "Question", entityId: "q1", before: { text: "Cũ", n: 1 }, after: { text: "Mới", n: 2 } });
  await db.$transaction((tx) =>
    appendAudit(tx, { actor, action: "round.update", entityType: "Round", entityId: "r1", reason: "Sửa lỗi", after: { z: 1, a: [1, 2] } }),
  );
  // Concurrent appends never fork the chain.
  await Promise.all(Array.from({ length: 8 }, (_, i) => audit({ actor, action: "export", entityType: "Round", entityId: `r${i}` })));
  const check = await verifyAuditLog();
  expect(check).toEqual({ ok: true, count: 10 });
  const rows = await db.auditLog.findMany({ orderBy: { id: "asc" } });
  for (let i = 1; i < rows.length; i++) expect(rows[i].prevHash).toBe(rows[i - 1].hash);
});

test("altering a stored entry is detected", async () => {
  const target = await db.auditLog.findFirstOrThrow({ where: { action: "question.update" } });
  await db.auditLog.update({ where: { id: target.id }, data: { after: { text: "Đã sửa lén", n: 2 } } });
  const check = await verifyAuditLog();
  expect(check.ok).toBe(false);
  if (!check.ok) expect(check.brokenAtId).toBe(target.id);
});

test("removing an entry is detected", async () => {
  const rows = await db.auditLog.findMany({ orderBy: { id: "asc" } });
  // Repair the first tampering by restoring the original content is impossible; verify a fresh removal instead.
  await db.auditLog.delete({ where: { id: rows[rows.length - 2].id } });
  const check = await verifyAuditLog();
  expect(check.ok).toBe(false);
});
