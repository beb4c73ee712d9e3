// The seed's readable study documents: the first few documents of each seeded contest get a small
// PDF (generated here with pdf-lib, DejaVu Sans embedded for the diacritics) stored through the
// storage port, so the demo's /tai-lieu has something to open. Idempotent: a document whose stored
// file still exists is left alone; one whose object went missing (data/uploads wiped) gets a new one.
import { readFile } from "node:fs/promises";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, rgb, type PDFFont } from "pdf-lib";
import type { Db } from "../lib/db/client";
import { FILE_TYPES } from "../lib/storage/file-types";
import { newObjectKey } from "../lib/storage/keys";
import type { ObjectStorage } from "../lib/storage/port";
import { formatIsoDateVn } from "../lib/time";

/** How many documents per contest get a file: enough to show "Mở" next to titles without one. */
export const SEEDED_FILE_COUNT = 3;

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(next, size) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

async function documentPdf(d: { code: string; title: string; issuer: string; issuedOn: string }): Promise<Uint8Array> {
  const dir = path.join(process.cwd(), "node_modules/dejavu-fonts-ttf/ttf");
  const [regularBytes, boldBytes] = await Promise.all([readFile(path.join(dir, "DejaVuSans.ttf")), readFile(path.join(dir, "DejaVuSans-Bold.ttf"))]);
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const [regular, bold] = [await pdf.embedFont(regularBytes, { subset: true }), await pdf.embedFont(boldBytes, { subset: true })];
  pdf.setTitle(d.title);
  pdf.setLanguage("vi-VN");
  const page = pdf.addPage([595.28, 841.89]);
  const left = 60;
  const width = 595.28 - 2 * left;
  let y = 770;
  const draw = (text: string, font: PDFFont, size: number, gap = 6) => {
    for (const line of wrap(text, font, size, width)) {
      page.drawText(line, { x: left, y, size, font, color: rgb(0.1, 0.1, 0.12) });
      y -= size + gap;
    }
  };
  draw("TÀI LIỆU THAM KHẢO", bold, 16, 14);
  draw(d.code, bold, 13);
  draw(d.title, regular, 13, 8);
  y -= 10;
  if (d.issuer) draw(`Cơ quan ban hành: ${d.issuer}`, regular, 11);
  if (d.issuedOn) draw(`Ngày ban hành: ${formatIsoDateVn(d.issuedOn)}`, regular, 11);
  y -= 16;
  draw("Bản minh họa do hệ thống tạo cho bản trình diễn. Ban Tổ chức thay bằng toàn văn chính thức tại trang quản trị Cuộc thi → Tài liệu.", regular, 10);
  return pdf.save();
}

export async function seedDocumentFiles(db: Db, contestId: string, store: ObjectStorage): Promise<number> {
  const docs = await db.document.findMany({
    where: { contestId },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    take: SEEDED_FILE_COUNT,
    select: { id: true, code: true, title: true, issuer: true, issuedOn: true, fileKey: true },
  });
  let made = 0;
  for (const d of docs) {
    if (d.fileKey && (await store.stat(d.fileKey))) continue;
    const bytes = await documentPdf(d);
    const key = newObjectKey(`documents/${contestId}`, FILE_TYPES.pdf.extension);
    await store.put(key, bytes, FILE_TYPES.pdf.contentType);
    const fileName = `${d.code.replace(/[\\/]/g, "-")}.pdf`;
    await db.document.update({ where: { id: d.id }, data: { fileKey: key, fileName, fileType: FILE_TYPES.pdf.contentType, fileSize: bytes.byteLength } });
    made++;
  }
  return made;
}
