// PDF certificates (docs/DOMAIN.md "Certificates"): A4 landscape, DejaVu Serif embedded (subset) so
// every Vietnamese diacritic prints, a QR code to the public verification page. One document per
// round with a page per certificate, or a single page for one winner.
import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { degrees, PDFDocument, rgb, type PDFFont, type PDFImage, type PDFPage } from "pdf-lib";
import { formatIsoDateVn, now, vnDayKey } from "../time";
import { decisionLine, placeDateLine, prizeLine, roundYearLine } from "./format";
import { drawCentered, drawCenteredBlock, fitSize, type TextStyle } from "./pdf-layout";
import { qrPng } from "./qr";
import type { CertificateRecord } from "./records";
import { verificationUrl } from "./urls";

const A4_LANDSCAPE: [number, number] = [841.89, 595.28];
const INK = rgb(0.1, 0.1, 0.12);
const RED = rgb(0.7, 0.07, 0.09);
const BLUE = rgb(0.12, 0.25, 0.69);
const GOLD = rgb(0.77, 0.6, 0.2);

let fontBytes: Promise<[Buffer, Buffer]> | null = null;

/** Read from disk at run time (never bundled); kept for the life of the process. */
function loadFonts(): Promise<[Buffer, Buffer]> {
  const dir = path.join(process.cwd(), "node_modules/dejavu-fonts-ttf/ttf");
  fontBytes ??= Promise.all([readFile(path.join(dir, "DejaVuSerif.ttf")), readFile(path.join(dir, "DejaVuSerif-Bold.ttf"))]).catch((err: unknown) => {
    fontBytes = null;
    throw err;
  });
  return fontBytes;
}

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

function drawBorder(page: PDFPage): void {
  const [w, h] = A4_LANDSCAPE;
  page.drawRectangle({ x: 16, y: 16, width: w - 32, height: h - 32, borderColor: GOLD, borderWidth: 5 });
  page.drawRectangle({ x: 27, y: 27, width: w - 54, height: h - 54, borderColor: RED, borderWidth: 1.2 });
  page.drawRectangle({ x: 31, y: 31, width: w - 62, height: h - 62, borderColor: GOLD, borderWidth: 0.6 });
  // A diamond at each inner corner.
  const diamond = "M 0 -9 L 9 0 L 0 9 L -9 0 Z";
  for (const [x, y] of [
    [31, 31],
    [w - 31, 31],
    [31, h - 31],
    [w - 31, h - 31],
  ]) {
    page.drawSvgPath(diamond, { x, y, color: RED, borderColor: GOLD, borderWidth: 1 });
  }
}

function drawCertificatePage(doc: PDFDocument, fonts: Fonts, qr: PDFImage, r: CertificateRecord, baseUrl: string): void {
  const page = doc.addPage(A4_LANDSCAPE);
  const [w, h] = A4_LANDSCAPE;
  const cx = w / 2;
  const text = (font: PDFFont, size: number, color = INK): TextStyle => ({ font, size, color });
  drawBorder(page);

  // National heading (Quốc hiệu, tiêu ngữ) with the customary rule under the motto.
  drawCentered(page, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", cx, h - 66, text(fonts.bold, 13));
  const motto = drawCentered(page, "Độc lập - Tự do - Hạnh phúc", cx, h - 84, text(fonts.bold, 13));
  page.drawLine({ start: { x: cx - motto / 2, y: h - 89 }, end: { x: cx + motto / 2, y: h - 89 }, thickness: 0.8, color: INK });

  let y = drawCenteredBlock(page, r.contest.organiser.toUpperCase(), cx, h - 122, 640, text(fonts.regular, 12.5, BLUE));
  drawCentered(page, "GIẤY CHỨNG NHẬN", cx, y - 34, text(fonts.bold, 38, RED));
  y -= 76;
  drawCentered(page, "Chứng nhận", cx, y, text(fonts.regular, 14));
  const nameSize = fitSize(r.holder.fullName, fonts.bold, 30, 660);
  drawCentered(page, r.holder.fullName, cx, y - 38, text(fonts.bold, nameSize, BLUE));
  y -= 66;
  drawCentered(page, `Ngày sinh: ${formatIsoDateVn(r.holder.birthDate)}`, cx, y, text(fonts.regular, 13));
  y -= 20;
  if (r.holder.unitOrAddress) y = drawCenteredBlock(page, `Đơn vị/Địa chỉ: ${r.holder.unitOrAddress}`, cx, y, 660, text(fonts.regular, 13), 1.3);
  else y -= 17;
  drawCentered(page, prizeLine(r.prize.tierName), cx, y - 18, text(fonts.bold, 24, RED));
  drawCentered(page, roundYearLine(r.round.name, r.round.year), cx, y - 44, text(fonts.bold, 14));
  y = drawCenteredBlock(page, r.contest.name, cx, y - 64, 660, text(fonts.regular, 13), 1.3);

  // Bottom left: the QR code to the verification page, the number and the decision.
  const qrSize = 92;
  page.drawImage(qr, { x: 52, y: 48, width: qrSize, height: qrSize });
  const left = 52 + qrSize + 10;
  page.drawText(`Số: ${r.number}`, { x: left, y: 124, size: 12.5, font: fonts.bold, color: INK });
  const decision = decisionLine(r.round.decisionNumber, r.round.decisionDate);
  if (decision) page.drawText(decision, { x: left, y: 106, size: 10.5, font: fonts.regular, color: INK });
  page.drawText(`Mã xác minh: ${r.verificationCode}`, { x: left, y: 89, size: 9.5, font: fonts.regular, color: INK });
  page.drawText("Quét mã QR hoặc truy cập:", { x: left, y: 74, size: 8.5, font: fonts.regular, color: INK });
  page.drawText(verificationUrl(baseUrl, r.verificationCode), { x: left, y: 62, size: 8.5, font: fonts.regular, color: BLUE });

  // Bottom right: place and date of the decision (or of issue), and the signing body.
  const rightCx = w - 190;
  const dateY = Math.min(y - 4, 140);
  drawCentered(page, placeDateLine(r.contest.organiser, r.round.decisionDate ?? vnDayKey(r.issuedAt)), rightCx, dateY, text(fonts.regular, 12));
  drawCentered(page, "TM. BAN TỔ CHỨC", rightCx, dateY - 20, text(fonts.bold, 12.5));

  if (r.revokedAt) {
    // Only staff can download a revoked certificate; it must never pass for a valid one.
    page.drawText("ĐÃ THU HỒI", { x: 190, y: 170, size: 90, font: fonts.bold, color: RED, opacity: 0.25, rotate: degrees(20) });
  }
}

/** One PDF with a page per certificate, in the given order. */
export async function renderCertificatesPdf(records: CertificateRecord[], options: { baseUrl: string; title?: string }): Promise<Uint8Array> {
  const [regularBytes, boldBytes] = await loadFonts();
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const fonts: Fonts = {
    regular: await doc.embedFont(regularBytes, { subset: true }),
    bold: await doc.embedFont(boldBytes, { subset: true }),
  };
  doc.setTitle(options.title ?? "Giấy chứng nhận");
  doc.setLanguage("vi-VN");
  doc.setCreator("Cuộc thi trắc nghiệm trực tuyến");
  doc.setProducer("pdf-lib");
  doc.setCreationDate(now());
  const pngs = await Promise.all(records.map((r) => qrPng(verificationUrl(options.baseUrl, r.verificationCode))));
  for (const [i, r] of records.entries()) {
    drawCertificatePage(doc, fonts, await doc.embedPng(pngs[i]), r, options.baseUrl);
  }
  return doc.save({ useObjectStreams: true });
}
