// CSV for spreadsheets (docs/DOMAIN.md "Certificates"): UTF-8 with a byte-order mark so Excel shows
// Vietnamese correctly, RFC 4180 quoting, CRLF line ends. Pure.

export const UTF8_BOM = "\uFEFF";

export type CsvValue = string | number | null | undefined;

/**
 * Text a spreadsheet would run as a formula ("=HYPERLINK(...)", "+1", "@SUM") is prefixed with an
 * apostrophe: free-text fields such as a unit name come from the public (OWASP "CSV injection").
 */
function defuseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One field, quoted only when RFC 4180 requires it (comma, quote, CR or LF); quotes doubled. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "number" ? String(value) : defuseFormula(value.normalize("NFC"));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvLine(values: CsvValue[]): string {
  return values.map(csvField).join(",");
}

/** A whole document: BOM, header line, one line per row, each ended by CRLF. */
export function toCsv(headers: string[], rows: CsvValue[][]): string {
  return UTF8_BOM + [headers, ...rows].map((r) => csvLine(r) + "\r\n").join("");
}

/**
 * Reads a document written by `toCsv` back (RFC 4180: quoted fields may hold commas, quotes and
 * line breaks). Used by tests and by anyone re-importing an export.
 */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(UTF8_BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\r" && src[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else {
      field += ch;
    }
  }
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
