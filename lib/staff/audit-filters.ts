// The audit log page's filters, read from the URL. Pure.
import { parseVnDate, vnDayBounds } from "../time";

export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilter {
  action: string;
  entityType: string;
  actor: string;
  from: string; // dd/MM/yyyy as typed
  to: string;
  page: number;
}

export interface AuditWhere {
  action?: string;
  entityType?: string;
  actorName?: string;
  at?: { gte?: Date; lte?: Date };
}

type Params = Record<string, string | string[] | undefined>;

export function parseAuditFilter(params: Params): AuditFilter {
  const pick = (k: string) => {
    const v = params[k];
    return ((Array.isArray(v) ? v[0] : v) ?? "").trim().slice(0, 100);
  };
  const page = Number.parseInt(pick("trang"), 10);
  return {
    action: pick("hanhDong"),
    entityType: pick("doiTuong"),
    actor: pick("nguoi"),
    from: pick("tuNgay"),
    to: pick("denNgay"),
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

/** Prisma `where` of a filter; dates are whole Vietnam days. Unreadable dates are reported, not guessed. */
export function auditWhere(f: AuditFilter): { where: AuditWhere; problems: string[] } {
  const where: AuditWhere = {};
  const problems: string[] = [];
  if (f.action) where.action = f.action;
  if (f.entityType) where.entityType = f.entityType;
  if (f.actor) where.actorName = f.actor;
  const from = f.from ? parseVnDate(f.from) : null;
  const to = f.to ? parseVnDate(f.to) : null;
  if (f.from && !from) problems.push("“Từ ngày” không đúng dạng dd/MM/yyyy.");
  if (f.to && !to) problems.push("“Đến ngày” không đúng dạng dd/MM/yyyy.");
  if (from || to) where.at = { ...(from ? { gte: vnDayBounds(from).start } : {}), ...(to ? { lte: vnDayBounds(to).end } : {}) };
  return { where, problems };
}
