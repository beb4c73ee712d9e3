// One model for every statistics table: the page renders it, the CSV and XLSX downloads write it,
// so the figures on the page and in the file come from the same rows and the same rounding. Pure.

const STAT_TABLE_KEYS = ["theo-ngay", "theo-huyen", "theo-don-vi", "theo-doi-tuong", "so-luot-thi", "pho-diem", "thoi-gian", "phan-tich-cau-hoi"] as const;

export type StatTableKey = (typeof STAT_TABLE_KEYS)[number];

export function isStatTableKey(value: string): value is StatTableKey {
  return (STAT_TABLE_KEYS as readonly string[]).includes(value);
}

/** percent: a ratio 0..1 shown ×100 with one decimal (the column label says "%"). */
type CellKind = "text" | "int" | "percent" | "decimal" | "date";

export interface StatColumn {
  key: string;
  label: string;
  kind: CellKind;
  /** Decimal places of a "decimal" column (default 2). */
  digits?: number;
}

export type CellValue = string | number | null;
export type StatRow = Record<string, CellValue>;

export interface StatTable {
  /** A StatTableKey for the staff tables; any stable name for others (public page). */
  key: string;
  title: string;
  columns: StatColumn[];
  rows: StatRow[];
  /** Rows of the whole table when `rows` is one page of it. */
  total?: number;
}

function roundTo(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** The number a cell stands for, rounded as shown: the one rounding used on the page and in files. */
export function cellNumber(value: CellValue, column: StatColumn): number | null {
  if (value === null || value === "" || typeof value === "string") return null;
  switch (column.kind) {
    case "int":
      return Math.round(value);
    case "percent":
      return roundTo(value * 100, 1);
    case "decimal":
      return roundTo(value, column.digits ?? 2);
    default:
      return value;
  }
}

function isoToVnDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

const viFormats = new Map<number, Intl.NumberFormat>();
function viNumber(value: number, digits: number): string {
  let f = viFormats.get(digits);
  if (!f) {
    f = new Intl.NumberFormat("vi-VN", { minimumFractionDigits: digits, maximumFractionDigits: digits });
    viFormats.set(digits, f);
  }
  return f.format(value);
}

function digitsOf(column: StatColumn): number {
  return column.kind === "percent" ? 1 : column.kind === "decimal" ? (column.digits ?? 2) : 0;
}

/** The text of a cell on the page (Vietnamese number format: 1.234 and 12,5). */
export function displayCell(value: CellValue, column: StatColumn): string {
  if (value === null || value === "") return "—";
  if (column.kind === "text") return String(value);
  if (column.kind === "date") return isoToVnDate(String(value));
  const n = cellNumber(value, column);
  return n === null ? String(value) : viNumber(n, digitsOf(column));
}

/** The value of a cell in a downloaded file: plain numbers (dot decimals), dd/MM/yyyy dates. */
export function fileCell(value: CellValue, column: StatColumn): string | number | null {
  if (value === null || value === "") return null;
  if (column.kind === "text") return String(value);
  if (column.kind === "date") return isoToVnDate(String(value));
  return cellNumber(value, column);
}

/** Parses a page cell back to its number ("1.234" → 1234, "12,5" → 12.5, "—" → null). */
export function parseDisplayedNumber(text: string): number | null {
  const t = text.trim();
  if (t === "—" || t === "") return null;
  const n = Number(t.replace(/\./g, "").replace(",", ".").replace(/\s/g, "").replace("−", "-"));
  return Number.isNaN(n) ? null : n;
}
