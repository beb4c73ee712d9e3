// Reading an .xlsx bank with exceljs (a maintained library; we do not parse Excel ourselves).
// Picks the first sheet whose top rows name a "Nội dung" column, so the template's "Hướng dẫn"
// sheet (or any sheet order) does not matter.
import ExcelJS from "exceljs";
import { searchKey } from "../../text";
import type { TableRow } from "./csv";

export type XlsxTable = { ok: true; rows: TableRow[]; sheet: string } | { ok: false; error: string };

/** 10 000 questions is far beyond any bank we know of; bigger sheets are refused, not truncated. */
const MAX_SHEET_ROWS = 10_001;

function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return "";
  if (typeof value === "object" && "richText" in value) return value.richText.map((r) => r.text).join("");
  if (typeof value === "object" && "result" in value) return value.result === undefined || value.result === null ? "" : String(value.result);
  if (typeof value === "object" && "text" in value && typeof value.text === "string") return value.text;
  return cell.text ?? String(value);
}

export async function readXlsxTable(bytes: Uint8Array): Promise<XlsxTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's typings predate Uint8Array-backed Buffers; a Buffer view shares the same memory.
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    return { ok: false, error: "Không đọc được tệp Excel (.xlsx). Hãy kiểm tra tệp có đúng định dạng .xlsx (không phải .xls cũ)." };
  }
  const sheets = workbook.worksheets;
  if (sheets.length === 0) return { ok: false, error: "Tệp Excel không có trang tính nào." };
  const headerOf = (ws: ExcelJS.Worksheet) => {
    for (let r = 1; r <= Math.min(ws.rowCount, 10); r++) {
      const row = ws.getRow(r);
      for (let c = 1; c <= row.cellCount; c++) if (searchKey(cellText(row.getCell(c))) === "noi dung") return true;
    }
    return false;
  };
  const sheet = sheets.find(headerOf) ?? sheets[0];
  if (sheet.rowCount > MAX_SHEET_ROWS) return { ok: false, error: `Trang tính có ${sheet.rowCount} dòng; mỗi lần nhập tối đa ${MAX_SHEET_ROWS - 1} câu hỏi.` };
  const rows: TableRow[] = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c)).trim());
    if (cells.some((v) => v !== "")) rows.push({ line: rowNumber, cells });
  });
  return { ok: true, rows, sheet: sheet.name };
}
