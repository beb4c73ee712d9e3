// What the settings writers share: telling a unique-constraint violation apart, and moving an item
// of an ordered list (documents of a contest, wards of a district) one place up or down.
import "server-only";
import { fail, ok, type ActionResult } from "../actions/result";
import { appendAudit } from "../audit/log";
import { db, type Tx } from "../db";
import { staffActor, type StaffActor } from "../staff/actor";

export { isUniqueViolation } from "../db/errors";

export interface MoveSpec {
  input: { id: string; direction: "up" | "down" };
  staff: StaffActor;
  entityType: string;
  action: string;
  edgeMessage: string;
  /** The item's list, in display order. */
  list: (tx: Tx) => Promise<{ id: string; sortOrder: number }[]>;
  setOrder: (tx: Tx, id: string, sortOrder: number) => Promise<unknown>;
}

/**
 * Swaps the item with its neighbour and numbers the list 0…n-1, so equal or gapped sortOrders
 * (left by deletions) cannot make a move look like nothing happened. Usually only the two swapped
 * rows are written. Positions in the audit entry count from 1, as people read the list.
 */
export async function moveInList(spec: MoveSpec): Promise<ActionResult<{ id: string }>> {
  const { id, direction } = spec.input;
  const outcome = await db.$transaction(async (tx) => {
    const rows = await spec.list(tx);
    const from = rows.findIndex((r) => r.id === id);
    if (from < 0) return "missing" as const;
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= rows.length) return "edge" as const;
    const order = rows.map((r) => r.id);
    [order[from], order[to]] = [order[to], order[from]];
    const current = new Map(rows.map((r) => [r.id, r.sortOrder]));
    for (const [i, rowId] of order.entries()) if (current.get(rowId) !== i) await spec.setOrder(tx, rowId, i);
    await appendAudit(tx, {
      actor: staffActor(spec.staff),
      action: spec.action,
      entityType: spec.entityType,
      entityId: id,
      before: { position: from + 1 },
      after: { position: to + 1 },
    });
    return "moved" as const;
  });
  if (outcome === "missing") return fail("Không tìm thấy mục cần chuyển.");
  if (outcome === "edge") return fail(spec.edgeMessage);
  return ok({ id });
}
