// The file types an upload may be, told by their content (magic bytes), never by the name or the
// type the browser claims: a renamed .exe stays refused, a PDF saved as "tai-lieu" is accepted.
// Pure: unit-tested in __tests__/unit/storage/file-types.test.ts.

export type FileKind = "pdf" | "docx" | "png" | "jpeg" | "webp" | "gif";

interface FileType {
  contentType: string;
  extension: string;
  /** Shown next to a document ("PDF · 1,2 MB"). */
  label: string;
  /** PDF and images open in the phone's browser; a DOCX can only be saved and opened in an app. */
  disposition: "inline" | "attachment";
}

export const FILE_TYPES: Record<FileKind, FileType> = {
  pdf: { contentType: "application/pdf", extension: "pdf", label: "PDF", disposition: "inline" },
  docx: {
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extension: "docx",
    label: "DOCX",
    disposition: "attachment",
  },
  png: { contentType: "image/png", extension: "png", label: "Ảnh PNG", disposition: "inline" },
  jpeg: { contentType: "image/jpeg", extension: "jpg", label: "Ảnh JPEG", disposition: "inline" },
  webp: { contentType: "image/webp", extension: "webp", label: "Ảnh WebP", disposition: "inline" },
  gif: { contentType: "image/gif", extension: "gif", label: "Ảnh GIF", disposition: "inline" },
};

/** The kind stored under a content type (what a stored document's fileType names), or null. */
export function kindOfContentType(contentType: string): FileKind | null {
  return (Object.keys(FILE_TYPES) as FileKind[]).find((k) => FILE_TYPES[k].contentType === contentType) ?? null;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  return bytes.length >= at + prefix.length && prefix.every((b, i) => bytes[at + i] === b);
}

const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));

const u16 = (b: Uint8Array, p: number) => b[p] | (b[p + 1] << 8);
const u32 = (b: Uint8Array, p: number) => (b[p] | (b[p + 1] << 8) | (b[p + 2] << 16) | (b[p + 3] << 24)) >>> 0;

const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_END = [0x50, 0x4b, 0x05, 0x06];
const ZIP_ENTRY = [0x50, 0x4b, 0x01, 0x02];
const EOCD_SIZE = 22;
const MAX_ZIP_COMMENT = 0xffff;

/**
 * The entry names of a ZIP's central directory (APPNOTE.TXT §4.3.12, §4.3.16), or null when the
 * bytes are not a readable ZIP. A DOCX is a ZIP holding word/document.xml; an XLSX or a plain ZIP
 * is not one. ZIP64 archives (over 4 GB or 65,535 entries) are beyond any upload limit here.
 */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  if (!startsWith(bytes, ZIP_LOCAL)) return null;
  const lowest = Math.max(0, bytes.length - EOCD_SIZE - MAX_ZIP_COMMENT);
  let end = -1;
  for (let p = bytes.length - EOCD_SIZE; p >= lowest; p--) {
    if (startsWith(bytes, ZIP_END, p)) {
      end = p;
      break;
    }
  }
  if (end < 0) return null;
  const count = u16(bytes, end + 10);
  const size = u32(bytes, end + 12);
  const offset = u32(bytes, end + 16);
  if (offset + size > end) return null;
  const names: string[] = [];
  const decoder = new TextDecoder();
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > offset + size || !startsWith(bytes, ZIP_ENTRY, p)) return null;
    const nameLength = u16(bytes, p + 28);
    const next = p + 46 + nameLength + u16(bytes, p + 30) + u16(bytes, p + 32);
    if (next > offset + size) return null;
    names.push(decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)));
    p = next;
  }
  return names;
}

/** OLE compound file: the Word 97–2003 .doc (and old .xls), which people still have. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function sniffFileType(bytes: Uint8Array): FileKind | null {
  if (startsWith(bytes, ascii("%PDF-"))) return "pdf";
  if (startsWith(bytes, [0x89, ...ascii("PNG\r\n"), 0x1a, 0x0a])) return "png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"))) return "gif";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "webp";
  if (zipEntryNames(bytes)?.includes("word/document.xml")) return "docx";
  return null;
}

/** "1,2 MB", "350 KB", "900 byte": Vietnamese writes a decimal comma (docs/DOMAIN.md "Vietnamese formats"). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte`;
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  const mb = bytes / (1024 * 1024);
  const shown = mb >= 100 ? String(Math.round(mb)) : mb.toFixed(1).replace(/\.0$/, "").replace(".", ",");
  return `${shown} MB`;
}

export type UploadCheck = { ok: true; kind: FileKind } | { ok: false; error: string };

export function tooLargeMessage(maxBytes: number): string {
  return `Tệp vượt quá ${formatFileSize(maxBytes)}, mức tối đa cho một lần tải lên. Hãy nén hoặc chia nhỏ tệp rồi thử lại.`;
}

/** "PDF, DOCX hoặc ảnh (PNG, JPEG, WebP, GIF)". */
function describeKinds(allowed: readonly FileKind[]): string {
  const isImage = (k: FileKind) => FILE_TYPES[k].contentType.startsWith("image/");
  const images = allowed.filter(isImage).map((k) => FILE_TYPES[k].label.replace("Ảnh ", ""));
  const parts = [...allowed.filter((k) => !isImage(k)).map((k) => FILE_TYPES[k].label), ...(images.length ? [`ảnh (${images.join(", ")})`] : [])];
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} hoặc ${parts[parts.length - 1]}`;
}

/** The upload's kind, or the Vietnamese reason it is refused. */
export function checkUpload(bytes: Uint8Array, maxBytes: number, allowed: readonly FileKind[] = Object.keys(FILE_TYPES) as FileKind[]): UploadCheck {
  if (bytes.byteLength === 0) return { ok: false, error: "Tệp rỗng (0 byte). Hãy chọn lại tệp." };
  if (bytes.byteLength > maxBytes) return { ok: false, error: tooLargeMessage(maxBytes) };
  const kind = sniffFileType(bytes);
  if (kind && allowed.includes(kind)) return { ok: true, kind };
  if (startsWith(bytes, OLE)) {
    return { ok: false, error: "Tệp Word 97–2003 (.doc) chưa được hỗ trợ. Hãy mở tệp bằng Word, lưu lại dạng .docx hoặc PDF rồi tải lên." };
  }
  return { ok: false, error: `Tệp không phải ${describeKinds(allowed)}: hệ thống kiểm tra nội dung tệp, không dựa vào đuôi tên.` };
}
