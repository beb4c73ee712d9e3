// Spreadsheet rows (Excel or CSV) → questions. One row a question, columns found by their header
// (with or without diacritics, any order): Nội dung, Phương án A–F, Đáp án, Tài liệu nguồn,
// Độ khó, Giải thích, Ghi chú. The template and the export write exactly these headers. Pure.
import { letterIndex, optionLetter, MAX_OPTIONS, OPTION_LETTERS } from "../format";
import { searchKey } from "../../text";
import type { TableRow } from "./csv";
import { emptyDraft, type ParseOutput, type ParsedItem } from "./types";

export const SHEET_COLUMNS = [
  { key: "text", header: "Nội dung", width: 60 },
  // "Phương án A" … "Phương án F"; the last two, rarely used, narrower.
  ...OPTION_LETTERS.map((letter, i) => ({ key: letter, header: `Phương án ${letter}`, width: i < 4 ? 30 : 20 })),
  { key: "answer", header: "Đáp án", width: 10 },
  { key: "document", header: "Tài liệu nguồn", width: 20 },
  { key: "difficulty", header: "Độ khó", width: 14 },
  { key: "explanation", header: "Giải thích", width: 50 },
  { key: "note", header: "Ghi chú", width: 30 },
] as const;

type SheetColumnKey = (typeof SHEET_COLUMNS)[number]["key"];
export type SheetRow = Record<SheetColumnKey, string>;

const REQUIRED: SheetColumnKey[] = ["text", "A", "B", "answer"];

const ALIASES: Record<string, SheetColumnKey> = {
  "cau hoi": "text",
  "noi dung cau hoi": "text",
  "dap an dung": "answer",
  "tai lieu": "document",
  "van ban": "document",
  "muc do": "difficulty",
};

function columnOf(header: string): SheetColumnKey | null {
  const key = searchKey(header)
    .replace(/[^a-z0-9 ]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (!key) return null;
  for (const c of SHEET_COLUMNS) if (searchKey(c.header) === key) return c.key;
  const option = /^(?:phuong an|pa|dap an) ([a-f])$/.exec(key);
  if (option) return option[1].toUpperCase() as SheetColumnKey;
  if (/^[a-f]$/.test(key)) return key.toUpperCase() as SheetColumnKey;
  return ALIASES[key] ?? null;
}

/** The header row: the first row naming the "Nội dung" column. */
function findHeader(rows: TableRow[]): { index: number; columns: Map<number, SheetColumnKey> } | null {
  for (let r = 0; r < Math.min(rows.length, 10); r++) {
    const columns = new Map<number, SheetColumnKey>();
    rows[r].cells.forEach((cell, i) => {
      const col = columnOf(cell);
      if (col && ![...columns.values()].includes(col)) columns.set(i, col);
    });
    if ([...columns.values()].includes("text")) return { index: r, columns };
  }
  return null;
}

function rowToItem(row: TableRow, columns: Map<number, SheetColumnKey>): ParsedItem {
  const v = {} as SheetRow;
  for (const c of SHEET_COLUMNS) v[c.key] = "";
  columns.forEach((key, i) => {
    v[key] = (row.cells[i] ?? "").trim();
  });
  const draft = emptyDraft();
  const problems: string[] = [];
  const at = `Dòng ${row.line}`;
  draft.text = v.text;
  draft.explanation = v.explanation;
  draft.documentCode = v.document;
  draft.difficulty = v.difficulty;

  const values = OPTION_LETTERS.slice(0, MAX_OPTIONS).map((l) => v[l]);
  const lastFilled = values.reduce((last, value, i) => (value ? i : last), -1);
  values.slice(0, lastFilled + 1).forEach((value, i) => {
    if (!value) problems.push(`${at}: phương án ${optionLetter(i)} trống nhưng có phương án sau nó.`);
  });
  draft.options = values.slice(0, lastFilled + 1);

  if (!v.answer) problems.push(`${at}: thiếu đáp án (cột “Đáp án”, một chữ cái A–F).`);
  else {
    const index = letterIndex(v.answer);
    if (index === null) problems.push(`${at}: đáp án “${v.answer}” không hợp lệ (cần một chữ cái A–F).`);
    else if (!draft.options[index]) problems.push(`${at}: đáp án ${optionLetter(index)} trỏ tới phương án để trống.`);
    else draft.correctIndex = index;
  }
  return { line: row.line, endLine: row.line, draft, problems };
}

/** Table (header + data rows) → one item per non-empty data row. */
export function rowsToItems(rows: TableRow[]): ParseOutput {
  if (rows.length === 0) return { items: [], fileProblems: ["Tệp không có dữ liệu."] };
  const header = findHeader(rows);
  if (!header) {
    return {
      items: [],
      fileProblems: [`Không tìm thấy dòng tiêu đề có cột “Nội dung”. Hãy dùng tệp mẫu (các cột: ${SHEET_COLUMNS.map((c) => c.header).join(", ")}).`],
    };
  }
  const found = new Set(header.columns.values());
  const missing = REQUIRED.filter((k) => !found.has(k)).map((k) => SHEET_COLUMNS.find((c) => c.key === k)!.header);
  if (missing.length) {
    return { items: [], fileProblems: [`Dòng ${rows[header.index].line}: thiếu cột ${missing.map((m) => `“${m}”`).join(", ")}.`] };
  }
  return { items: rows.slice(header.index + 1).map((row) => rowToItem(row, header.columns)), fileProblems: [] };
}
