// Text measuring and placement helpers for the certificate page (pdf-lib coordinates: origin at
// the bottom left, points). No Prisma, no next/*.
import type { PDFFont, PDFPage, RGB } from "pdf-lib";

/** Greedy word wrap to `maxWidth` points (names and contest titles can be long). */
function wrapText(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(candidate, size) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The largest size ≤ `size` at which `text` fits on one line of `maxWidth` (a long full name). */
export function fitSize(text: string, font: PDFFont, size: number, maxWidth: number, minSize = 12): number {
  let s = size;
  while (s > minSize && font.widthOfTextAtSize(text, s) > maxWidth) s -= 1;
  return s;
}

export interface TextStyle {
  font: PDFFont;
  size: number;
  color: RGB;
}

/** Draws `text` centred on `cx` with its baseline at `y`; returns the width drawn. */
export function drawCentered(page: PDFPage, text: string, cx: number, y: number, style: TextStyle): number {
  const width = style.font.widthOfTextAtSize(text, style.size);
  page.drawText(text, { x: cx - width / 2, y, size: style.size, font: style.font, color: style.color });
  return width;
}

/** Draws wrapped, centred lines downwards from `y`; returns the baseline after the last line. */
export function drawCenteredBlock(page: PDFPage, text: string, cx: number, y: number, maxWidth: number, style: TextStyle, leading = 1.35): number {
  let baseline = y;
  for (const line of wrapText(text, style.font, style.size, maxWidth)) {
    drawCentered(page, line, cx, baseline, style);
    baseline -= style.size * leading;
  }
  return baseline;
}
