// Reading generated PDFs back in tests: page text through pdf.js (in a child process, it is ESM
// only) and the embedded QR images decoded with jsQR.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import jsQR from "jsqr";
import { PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream } from "pdf-lib";
import { PNG } from "pngjs";

export function pdfPageTexts(bytes: Uint8Array): string[] {
  const dir = mkdtempSync(join(tmpdir(), "pdf-text-"));
  try {
    const file = join(dir, "doc.pdf");
    writeFileSync(file, bytes);
    const out = execFileSync(process.execPath, [join(process.cwd(), "__tests__/helpers/pdf-text.mjs"), file], { encoding: "utf8" });
    return (JSON.parse(out) as { pages: string[] }).pages;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function decodeRgba(rgba: Uint8ClampedArray, width: number, height: number): string | null {
  return jsQR(rgba, width, height)?.data ?? null;
}

/** Decodes a PNG (as produced by the qrcode package) to the QR's text. */
export function decodeQrPng(png: Buffer): string | null {
  const img = PNG.sync.read(png);
  return decodeRgba(new Uint8ClampedArray(img.data), img.width, img.height);
}

/**
 * Every RGB image XObject of the PDF (pdf-lib stores an embedded PNG as raw Flate-compressed RGB
 * with its alpha as a separate soft mask), decoded as a QR code.
 */
export async function decodePdfQrCodes(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes);
  const found: string[] = [];
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFRawStream)) continue;
    const dict = obj.dict;
    if (dict.get(PDFName.of("Subtype")) !== PDFName.of("Image") || dict.get(PDFName.of("ColorSpace")) !== PDFName.of("DeviceRGB")) continue;
    const width = (dict.get(PDFName.of("Width")) as PDFNumber).asNumber();
    const height = (dict.get(PDFName.of("Height")) as PDFNumber).asNumber();
    const rgb = inflateSync(obj.contents);
    const rgba = new Uint8ClampedArray(width * height * 4);
    for (let i = 0, j = 0; i < width * height; i++, j += 3) {
      rgba[i * 4] = rgb[j];
      rgba[i * 4 + 1] = rgb[j + 1];
      rgba[i * 4 + 2] = rgb[j + 2];
      rgba[i * 4 + 3] = 255;
    }
    const text = decodeRgba(rgba, width, height);
    if (text) found.push(text);
  }
  return found;
}

/** The base names of the fonts whose program is embedded (FontFile2 = TrueType) in the PDF. */
export async function embeddedFontNames(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes);
  const names: string[] = [];
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (obj instanceof PDFDict && obj.get(PDFName.of("Type")) === PDFName.of("FontDescriptor") && obj.get(PDFName.of("FontFile2"))) {
      names.push((obj.get(PDFName.of("FontName")) as PDFName).decodeText());
    }
  }
  return names.sort();
}
