// Reading the audit log for the staff page (ADMIN). Read only: the app has no way to change entries.
import "server-only";
import type { AuditContent } from "../audit/chain";
import { db } from "../db";
import { AUDIT_PAGE_SIZE, auditWhere, type AuditFilter } from "./audit-filters";

/** A stored entry as the page lists it: its content (the actor's id aside) and its number. */
export interface AuditRow extends Omit<AuditContent, "actorId"> {
  id: number;
}

export interface AuditPage {
  rows: AuditRow[];
  total: number;
  page: number;
  pageCount: number;
  problems: string[];
  actions: string[];
  entityTypes: string[];
  actors: string[];
}

export async function listAuditEntries(filter: AuditFilter): Promise<AuditPage> {
  const { where, problems } = auditWhere(filter);
  const [total, actions, entityTypes, actors] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.groupBy({ by: ["action"], orderBy: { action: "asc" } }),
    db.auditLog.groupBy({ by: ["entityType"], orderBy: { entityType: "asc" } }),
    db.auditLog.groupBy({ by: ["actorName"], orderBy: { actorName: "asc" } }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(filter.page, pageCount);
  const rows = await db.auditLog.findMany({
    where,
    orderBy: { id: "desc" },
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
    select: { id: true, at: true, actorType: true, actorName: true, action: true, entityType: true, entityId: true, reason: true, before: true, after: true },
  });
  return {
    rows,
    total,
    page,
    pageCount,
    problems,
    actions: actions.map((a) => a.action),
    entityTypes: entityTypes.map((e) => e.entityType),
    actors: actors.map((a) => a.actorName),
  };
}
