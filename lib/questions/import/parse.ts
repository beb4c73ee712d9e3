// One entry point for every supported file: choose the format, decode, parse to items.
import { parseAiken } from "./aiken";
import { parseCsv } from "./csv";
import { parseGift } from "./gift";
import { rowsToItems } from "./rows";
import { decodeUtf8 } from "./text-source";
import type { ImportFormat, ParseOutput } from "./types";
import { readXlsxTable } from "./xlsx";

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** The format from the file name, else from its content (zip signature, "ANSWER:", braces). */
export function detectFormat(fileName: string, bytes: Uint8Array): ImportFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? "";
  if (ext === "xlsx" || (bytes[0] === 0x50 && bytes[1] === 0x4b)) return "xlsx";
  if (ext === "csv") return "csv";
  if (ext === "gift") return "gift";
  const head = new TextDecoder().decode(bytes.subarray(0, 64 * 1024));
  if (/^\s*ANSWER\s*:/im.test(head)) return "aiken";
  if (/\{[\s\S]*\}/.test(head)) return "gift";
  return "aiken";
}

export async function parseImportFile(format: ImportFormat, bytes: Uint8Array): Promise<ParseOutput> {
  if (bytes.byteLength === 0) return { items: [], fileProblems: ["Tệp rỗng."] };
  if (bytes.byteLength > MAX_IMPORT_BYTES) return { items: [], fileProblems: [`Tệp quá lớn (tối đa ${MAX_IMPORT_BYTES / 1024 / 1024} MB).`] };
  if (format === "xlsx") {
    const table = await readXlsxTable(bytes);
    return table.ok ? rowsToItems(table.rows) : { items: [], fileProblems: [table.error] };
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { items: [], fileProblems: [decoded.error] };
  if (format === "csv") {
    const csv = parseCsv(decoded.text);
    const out = rowsToItems(csv.rows);
    return { items: out.items, fileProblems: [...csv.problems, ...out.fileProblems] };
  }
  const items = format === "aiken" ? parseAiken(decoded.text) : parseGift(decoded.text);
  return { items, fileProblems: items.length === 0 ? ["Không tìm thấy câu hỏi nào trong tệp."] : [] };
}
