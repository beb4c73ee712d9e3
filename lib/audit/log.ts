// Writing and checking the audit log (every staff change, every export with personal data).
// Entries are only ever appended; the app has no way to edit or delete them.
import "server-only";
import type { Db, Tx } from "../db";
import { db } from "../db";
import { now } from "../time";
import { entryHash, GENESIS_HASH, verifyChain, type ChainCheck } from "./chain";

export interface AuditInput {
  actor: { type: "STAFF" | "PARTICIPANT" | "SYSTEM"; id?: string | null; name: string };
  action: string; // e.g. "question.update", "participant.export", "round.disqualify"
  entityType: string;
  entityId?: string | null;
  reason?: string | null;
  before?: unknown;
  after?: unknown;
}

/** A fixed key for PostgreSQL's advisory lock that serialises appends across app instances. */
const AUDIT_LOCK_KEY = 7_312_001;

/**
 * Appends one entry inside the caller's transaction, so the change and its audit entry commit
 * together or not at all. On PostgreSQL an advisory lock orders concurrent appends; on SQLite the
 * write lock does (and `prevHash` is unique, so a forked chain can never be stored).
 */
export async function appendAudit(tx: Tx, input: AuditInput): Promise<{ id: number; hash: string }> {
  if ((db as Db).provider === "postgresql") {
    await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`);
  }
  const last = await tx.auditLog.findFirst({ orderBy: { id: "desc" }, select: { hash: true } });
  const prevHash = last?.hash ?? GENESIS_HASH;
  const content = {
    at: now(),
    actorType: input.actor.type,
    actorId: input.actor.id ?? null,
    actorName: input.actor.name,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId ?? null,
    reason: input.reason ?? null,
    before: input.before ?? null,
    after: input.after ?? null,
  };
  const hash = entryHash(prevHash, content);
  const row = await tx.auditLog.create({
    data: {
      ...content,
      before: content.before === null ? undefined : (JSON.parse(JSON.stringify(content.before)) as object),
      after: content.after === null ? undefined : (JSON.parse(JSON.stringify(content.after)) as object),
      prevHash,
      hash,
    },
    select: { id: true, hash: true },
  });
  return row;
}

/** Appends one entry in its own transaction (for events with no other write, e.g. an export). */
export async function audit(input: AuditInput): Promise<{ id: number; hash: string }> {
  return db.$transaction((tx) => appendAudit(tx, input));
}

/** Recomputes the whole chain, in pages, so a tampered entry is found. */
export async function verifyAuditLog(pageSize = 5000): Promise<ChainCheck> {
  const all = [];
  let cursor = 0;
  for (;;) {
    const page = await db.auditLog.findMany({ where: { id: { gt: cursor } }, orderBy: { id: "asc" }, take: pageSize });
    all.push(...page);
    if (page.length < pageSize) break;
    cursor = page[page.length - 1].id;
  }
  return verifyChain(all.map((e) => ({ ...e, before: e.before ?? null, after: e.after ?? null })));
}
