// .xlsx writers shared by every export of the secretariat: a whole workbook in memory for small
// sheets (certificate data, participation), and a streaming writer for sheets that can hold
// hundreds of thousands of rows (a round's full ranking), so rows never sit in memory all at once.
import "server-only";
import { Readable, PassThrough } from "node:stream";
import ExcelJS from "exceljs";

export type XlsxCell = string | number | null;

export interface XlsxColumn {
  header: string;
  width?: number;
  /** Excel number format of the column's values, e.g. `0.000" giây"`. */
  numFmt?: string;
}

export interface XlsxSheet {
  name: string;
  columns: XlsxColumn[];
  rows: XlsxCell[][];
}

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Excel refuses sheet names over 31 characters or containing []:*?/\ . */
export function safeSheetName(name: string): string {
  return (
    name
      .replace(/[[\]:*?/\\]/g, " ")
      .slice(0, 31)
      .trim() || "Sheet1"
  );
}

function defineColumns(ws: ExcelJS.Worksheet, columns: XlsxColumn[]): void {
  ws.columns = columns.map((c) => ({ width: c.width ?? Math.max(12, c.header.length + 2), style: c.numFmt ? { numFmt: c.numFmt } : {} }));
}

function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: "middle", wrapText: true };
}

/** A whole workbook as a Buffer: one worksheet per sheet, a bold frozen header row. */
export async function buildXlsx(sheets: XlsxSheet[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Cuộc thi trắc nghiệm trực tuyến";
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(safeSheetName(sheet.name), { views: [{ state: "frozen", ySplit: 1 }] });
    defineColumns(ws, sheet.columns);
    styleHeader(ws.addRow(sheet.columns.map((c) => c.header)));
    ws.addRows(sheet.rows);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Resolves on the first of `events` from `emitter`, or at once when `out` is already gone. */
function onceAny(emitter: NodeJS.EventEmitter, events: string[], out: PassThrough): Promise<void> {
  if (out.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      for (const e of events) emitter.off(e, done);
      out.off("close", done);
      resolve();
    };
    for (const e of events) emitter.on(e, done);
    out.on("close", done);
  });
}

type Backlog = NodeJS.EventEmitter & { _writableState?: { length?: number } };

/**
 * exceljs 4 writes each sheet into the zip through an internal stream and ignores its
 * backpressure, so rows pile up there when compression falls behind (measured: ~0.5 kB per row).
 * Its buffered length is the only signal; when the shape is not there, only the yield remains.
 */
function sheetBacklog(ws: ExcelJS.Worksheet): Backlog | null {
  const pipes = (ws as unknown as { stream?: { pipes?: unknown[] } }).stream?.pipes;
  const sink = Array.isArray(pipes) ? (pipes[0] as Backlog | undefined) : undefined;
  return sink && typeof sink.on === "function" && typeof sink._writableState?.length === "number" ? sink : null;
}

const MAX_BACKLOG_BYTES = 1 << 20;

/** Waits until compression has caught up and the reader has taken what is ready. */
async function flowControl(ws: ExcelJS.Worksheet, out: PassThrough): Promise<void> {
  // zlib and the response progress in macrotasks: give them a turn.
  await new Promise((resolve) => setImmediate(resolve));
  const backlog = sheetBacklog(ws);
  while (backlog && !out.destroyed && (backlog._writableState?.length ?? 0) > MAX_BACKLOG_BYTES) {
    await onceAny(backlog, ["drain", "error", "close"], out);
  }
  while (!out.destroyed && out.writableNeedDrain) await onceAny(out, ["drain"], out);
}

/**
 * Streams one worksheet whose rows arrive in pages (e.g. read from the database page by page).
 * Between pages it waits while compression or the reader is behind, so a slow download holds
 * back the database reads instead of buffering the sheet (a 300 000-row ranking stays under
 * ~20 MB); a cancelled download stops the reads.
 */
export function streamXlsx(sheet: { name: string; columns: XlsxColumn[] }, pages: AsyncIterable<XlsxCell[][]>): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  (async () => {
    const ws = wb.addWorksheet(safeSheetName(sheet.name), { views: [{ state: "frozen", ySplit: 1 }] });
    defineColumns(ws, sheet.columns);
    const header = ws.addRow(sheet.columns.map((c) => c.header));
    styleHeader(header);
    header.commit();
    for await (const page of pages) {
      for (const row of page) ws.addRow(row).commit();
      await flowControl(ws, out);
      if (out.destroyed) return;
    }
    ws.commit();
    await wb.commit();
  })().catch((err: unknown) => out.destroy(err instanceof Error ? err : new Error(String(err))));
  return Readable.toWeb(out) as unknown as ReadableStream<Uint8Array>;
}
