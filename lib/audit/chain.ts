// The audit log's hash chain. Pure: each entry's hash covers its content and the previous hash,
// so changing, removing or reordering a stored entry breaks every later link.
import { createHash } from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);

export interface AuditContent {
  at: Date;
  actorType: string;
  actorId: string | null;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string | null;
  reason: string | null;
  before: unknown;
  after: unknown;
}

/** JSON with object keys sorted at every level (PostgreSQL's jsonb does not keep key order). */
function canonicalJson(value: unknown): string {
  if (value === undefined || value === null) return "null";
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export function entryHash(prevHash: string, e: AuditContent): string {
  const content = {
    at: e.at.toISOString(),
    actorType: e.actorType,
    actorId: e.actorId,
    actorName: e.actorName,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    reason: e.reason,
    before: e.before,
    after: e.after,
  };
  const body = canonicalJson(content);
  return createHash("sha256").update(prevHash).update("\n").update(body).digest("hex");
}

export interface StoredAuditEntry extends AuditContent {
  id: number;
  prevHash: string;
  hash: string;
}

export type ChainCheck = { ok: true; count: number } | { ok: false; brokenAtId: number; reason: string };

/** Walks the entries in id order and recomputes every link. */
export function verifyChain(entries: StoredAuditEntry[]): ChainCheck {
  let prev = GENESIS_HASH;
  for (const e of entries) {
    if (e.prevHash !== prev) return { ok: false, brokenAtId: e.id, reason: "Liên kết tới bản ghi trước không khớp (bản ghi bị xóa hoặc chèn)." };
    if (entryHash(e.prevHash, e) !== e.hash) return { ok: false, brokenAtId: e.id, reason: "Nội dung bản ghi đã bị thay đổi." };
    prev = e.hash;
  }
  return { ok: true, count: entries.length };
}
