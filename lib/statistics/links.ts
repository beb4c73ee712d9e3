// Addresses of the statistics pages and downloads (Vietnamese query names: people share these links).
import type { StatTableKey } from "./table-model";

export const STATISTICS_PATH = "/quan-tri/thong-ke";
export const ITEM_ANALYSIS_PATH = "/quan-tri/thong-ke/cau-hoi";

function query(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : "";
}

export function statisticsHref(path: string, params: Record<string, string | number | undefined | null>): string {
  return `${path}${query(params)}`;
}

export function statisticsDownloadHref(table: StatTableKey, roundId: string, format: "csv" | "xlsx", extra: Record<string, string> = {}): string {
  return `/api/admin/statistics/${table}${query({ round: roundId, format, ...extra })}`;
}

/** The question editor (built in the staff area). */
export function questionEditorHref(questionId: string): string {
  return `/quan-tri/cau-hoi/${encodeURIComponent(questionId)}`;
}
