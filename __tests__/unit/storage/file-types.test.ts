// The upload check tells a file's type by its bytes: the name and the browser's claim are ignored.
import ExcelJS from "exceljs";
import { PDFDocument } from "pdf-lib";
import { checkUpload, formatFileSize, sniffFileType, zipEntryNames, type FileKind } from "@/lib/storage/file-types";

const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));
const le16 = (n: number) => [n & 0xff, (n >> 8) & 0xff];
const le32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];

/** A stored (uncompressed) ZIP with these entries, laid out as APPNOTE.TXT describes; CRCs are not checked by the reader. */
function zip(names: string[], comment = ""): Uint8Array {
  const local: number[] = [];
  const central: number[] = [];
  for (const name of names) {
    const offset = local.length;
    const n = new TextEncoder().encode(name);
    local.push(
      ...ascii("PK\x03\x04"),
      ...le16(20),
      ...le16(0),
      ...le16(0),
      ...le32(0),
      ...le32(0),
      ...le32(1),
      ...le32(1),
      ...le16(n.length),
      ...le16(0),
      ...n,
      0x41,
    );
    central.push(
      ...ascii("PK\x01\x02"),
      ...le16(20),
      ...le16(20),
      ...le16(0),
      ...le16(0),
      ...le32(0),
      ...le32(0),
      ...le32(1),
      ...le32(1),
      ...le16(n.length),
      ...le16(0),
      ...le16(0),
      ...le16(0),
      ...le16(0),
      ...le32(0),
      ...le32(offset),
      ...n,
    );
  }
  const c = ascii(comment);
  const end = [
    ...ascii("PK\x05\x06"),
    ...le16(0),
    ...le16(0),
    ...le16(names.length),
    ...le16(names.length),
    ...le32(central.length),
    ...le32(local.length),
    ...le16(c.length),
    ...c,
  ];
  return Uint8Array.from([...local, ...central, ...end]);
}

const DOCX_NAMES = ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml"];

async function realPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage();
  return doc.save();
}

async function realXlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Câu hỏi").addRow(["x"]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

test.each<[string, () => Uint8Array | Promise<Uint8Array>, FileKind | null]>([
  ["a PDF made by pdf-lib", realPdf, "pdf"],
  ["PNG signature", () => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), "png"],
  ["JPEG signature", () => Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), "jpeg"],
  ["GIF89a", () => Uint8Array.from(ascii("GIF89a....")), "gif"],
  ["WebP (RIFF….WEBP)", () => Uint8Array.from(ascii("RIFF\x10\x00\x00\x00WEBPVP8 ")), "webp"],
  ["a ZIP holding word/document.xml (DOCX)", () => zip(DOCX_NAMES), "docx"],
  ["a DOCX with an archive comment", () => zip(DOCX_NAMES, "saved by Word"), "docx"],
  ["an XLSX (a ZIP without word/document.xml)", realXlsx, null],
  ["a plain ZIP", () => zip(["readme.txt"]), null],
  ["a ZIP whose central directory is cut off", () => zip(DOCX_NAMES).slice(0, 120), null],
  ["a RIFF that is not WebP (WAV)", () => Uint8Array.from(ascii("RIFF\x10\x00\x00\x00WAVEfmt ")), null],
  ["HTML renamed .pdf", () => new TextEncoder().encode("<!doctype html><script>alert(1)</script>"), null],
  ["a Windows program (MZ)", () => Uint8Array.from(ascii("MZ\x90\x00")), null],
  ["'%PDF' only late in the file", () => new TextEncoder().encode("xx%PDF-1.7"), null],
  ["too short to be anything", () => Uint8Array.from([0xff, 0xd8]), null],
])("%s → %s", async (_name, make, kind) => {
  expect(sniffFileType(await make())).toBe(kind);
});

test("the ZIP reader lists the central directory's entry names", () => {
  expect(zipEntryNames(zip(DOCX_NAMES))).toEqual(DOCX_NAMES);
  expect(zipEntryNames(new TextEncoder().encode("not a zip"))).toBeNull();
});

describe("checkUpload", () => {
  const MB = 1024 * 1024;
  test("accepts an allowed kind within the limit", () => {
    expect(checkUpload(zip(DOCX_NAMES), 20 * MB)).toEqual({ ok: true, kind: "docx" });
  });
  test("refuses an empty file", () => {
    expect(checkUpload(new Uint8Array(0), 20 * MB)).toEqual({ ok: false, error: "Tệp rỗng (0 byte). Hãy chọn lại tệp." });
  });
  test("refuses a file over the limit, naming the limit", () => {
    const big = new Uint8Array(20 * MB + 1);
    big.set(ascii("%PDF-"));
    expect(checkUpload(big, 20 * MB)).toEqual({ ok: false, error: expect.stringMatching(/^Tệp vượt quá 20 MB/) });
  });
  test("refuses an unknown type, naming the types accepted", () => {
    expect(checkUpload(new TextEncoder().encode("<html>"), 20 * MB)).toEqual({
      ok: false,
      error: "Tệp không phải PDF, DOCX hoặc ảnh (PNG, JPEG, WebP, GIF): hệ thống kiểm tra nội dung tệp, không dựa vào đuôi tên.",
    });
  });
  test("explains that a Word 97–2003 .doc must be saved as .docx or PDF", () => {
    const doc = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(checkUpload(doc, 20 * MB)).toEqual({ ok: false, error: expect.stringContaining("(.doc) chưa được hỗ trợ") });
  });
  test("a narrower list (images only, for a banner) refuses a PDF and says what it takes", () => {
    expect(checkUpload(Uint8Array.from(ascii("%PDF-1.7")), 20 * MB, ["png", "jpeg"])).toEqual({
      ok: false,
      error: "Tệp không phải ảnh (PNG, JPEG): hệ thống kiểm tra nội dung tệp, không dựa vào đuôi tên.",
    });
  });
});

test.each([
  [0, "0 byte"],
  [900, "900 byte"],
  [1024, "1 KB"],
  [350 * 1024, "350 KB"],
  [1024 * 1024, "1 MB"],
  [1.2 * 1024 * 1024, "1,2 MB"],
  [20 * 1024 * 1024, "20 MB"],
  [150.4 * 1024 * 1024, "150 MB"],
])("formatFileSize(%d) → %s", (bytes, shown) => {
  expect(formatFileSize(bytes)).toBe(shown);
});
