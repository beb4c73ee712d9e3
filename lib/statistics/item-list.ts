// Ordering, filtering and paging the item-analysis list. Pure. The list has one row per question
// version used in the round (at most the size of the bank), so it is ordered here after the
// formulas rather than in SQL (SQLite has no portable square root).
import type { ItemFlag } from "./item-analysis";

export type ItemSort = "canh-bao" | "do-de" | "phan-biet" | "luot";

export const ITEM_SORT_LABEL: Record<ItemSort, string> = {
  "canh-bao": "Nhiều cảnh báo trước",
  "do-de": "Độ dễ tăng dần (khó trước)",
  "phan-biet": "Độ phân biệt tăng dần (kém trước)",
  luot: "Nhiều lượt trả lời trước",
};

export const ITEM_SORTS = Object.keys(ITEM_SORT_LABEL) as ItemSort[];

export function parseItemSort(value: string | undefined): ItemSort {
  return ITEM_SORTS.includes(value as ItemSort) ? (value as ItemSort) : "canh-bao";
}

interface Sortable {
  versionId: string;
  n: number;
  facility: number | null;
  discrimination: number | null;
  flags: readonly ItemFlag[];
}

/** null sorts last in an ascending order: an undefined index is not "the worst". */
function ascNullLast(a: number | null, b: number | null): number {
  if (a === null && b === null) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
}

export function sortItems<T extends Sortable>(rows: readonly T[], sort: ItemSort): T[] {
  const byId = (a: T, b: T) => a.versionId.localeCompare(b.versionId);
  const compare: Record<ItemSort, (a: T, b: T) => number> = {
    "canh-bao": (a, b) =>
      b.flags.length - a.flags.length || ascNullLast(a.discrimination, b.discrimination) || ascNullLast(a.facility, b.facility) || byId(a, b),
    "do-de": (a, b) => ascNullLast(a.facility, b.facility) || byId(a, b),
    "phan-biet": (a, b) => ascNullLast(a.discrimination, b.discrimination) || byId(a, b),
    luot: (a, b) => b.n - a.n || byId(a, b),
  };
  return rows.slice().sort(compare[sort]);
}

export interface Page<T> {
  rows: T[];
  page: number;
  pageCount: number;
  total: number;
}

/** 1-based page, clamped into range. */
export function paginate<T>(rows: readonly T[], page: number, pageSize: number): Page<T> {
  const pageCount = Math.max(1, Math.ceil(rows.length / pageSize));
  const p = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  return { rows: rows.slice((p - 1) * pageSize, p * pageSize), page: p, pageCount, total: rows.length };
}

export function parsePage(value: string | undefined): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : 1;
}
