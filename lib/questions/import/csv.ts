// A small RFC 4180 CSV reader: quoted fields with "" escapes, commas and line breaks inside
// quotes, CRLF or LF records, an optional UTF-8 BOM. The delimiter is detected from the header
// line (Excel with Vietnamese regional settings writes ";"). Pure.
import { stripBom } from "./text-source";

export interface TableRow {
  /** 1-based line (CSV) or row (Excel) number where the record starts. */
  line: number;
  cells: string[];
}

export interface CsvResult {
  rows: TableRow[];
  problems: string[];
}

/** The delimiter used most often outside quotes on the first line: ",", ";" or tab. */
export function detectDelimiter(text: string): string {
  const counts: Record<string, number> = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && ch in counts) counts[ch]++;
  }
  const [best, count] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0];
  return count > 0 ? best : ",";
}

export function parseCsv(input: string, delimiter?: string): CsvResult {
  const text = stripBom(input);
  const sep = delimiter ?? detectDelimiter(text);
  const rows: TableRow[] = [];
  const problems: string[] = [];
  let cells: string[] = [];
  let field = "";
  let quoted = false;
  let fieldWasQuoted = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 0;

  const endField = () => {
    cells.push(fieldWasQuoted ? field : field.trim());
    field = "";
    fieldWasQuoted = false;
  };
  const endRecord = () => {
    endField();
    if (cells.some((c) => c !== "")) rows.push({ line: recordLine, cells });
    cells = [];
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === "\n" || (ch === "\r" && text[i + 1] !== "\n")) line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && field.trim() === "") {
      quoted = true;
      fieldWasQuoted = true;
      quoteLine = line;
      field = "";
    } else if (ch === sep) {
      endField();
    } else if (ch === "\r" || ch === "\n") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += ch;
    }
  }
  if (quoted) problems.push(`Dòng ${quoteLine}: dấu ngoặc kép (") mở nhưng không đóng.`);
  if (field !== "" || cells.length > 0 || fieldWasQuoted) endRecord();
  return { rows, problems };
}
