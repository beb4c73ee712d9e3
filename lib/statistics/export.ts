// Writing a statistics table as CSV (UTF-8 with BOM, so Excel shows Vietnamese correctly; docs/DOMAIN.md
// "Certificates") or XLSX. Cells go through `fileCell`, the rounding the page uses.
import ExcelJS from "exceljs";
// The shared writer defuses text a spreadsheet would run as a formula: unit names are typed by the public.
import { csvField } from "../exports/csv";
import { fileCell, type StatTable } from "./table-model";

const BOM = "\uFEFF";

export function toCsv(table: StatTable): string {
  const lines = [table.columns.map((c) => csvField(c.label)).join(",")];
  for (const row of table.rows) {
    lines.push(table.columns.map((c) => csvField(fileCell(row[c.key] ?? null, c))).join(","));
  }
  return BOM + lines.join("\r\n") + "\r\n";
}

/** Parses CSV text as written by `toCsv` (tests, and anyone checking a download). */
export function parseCsv(text: string): string[][] {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && body[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. */
function sheetName(title: string): string {
  return (
    title
      .replace(/[:\\/?*[\]]/g, " ")
      .slice(0, 31)
      .trim() || "Thống kê"
  );
}

export async function toXlsx(table: StatTable, heading?: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Cuộc thi trắc nghiệm trực tuyến";
  const sheet = workbook.addWorksheet(sheetName(table.title));
  if (heading) {
    sheet.addRow([heading]).font = { bold: true };
  }
  const header = sheet.addRow(table.columns.map((c) => c.label));
  header.font = { bold: true };
  for (const row of table.rows) {
    sheet.addRow(table.columns.map((c) => fileCell(row[c.key] ?? null, c)));
  }
  table.columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = c.kind === "text" ? Math.min(60, Math.max(14, c.label.length + 2)) : Math.max(10, c.label.length + 2);
    if (c.kind === "percent" || c.kind === "decimal") column.numFmt = c.kind === "percent" ? "0.0" : `0.${"0".repeat(c.digits ?? 2)}`;
  });
  sheet.views = [{ state: "frozen", ySplit: header.number }];
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
