// How certificate data reads in Vietnamese, shared by the data export, the PDF and the pages. Pure.
import { parseIsoDate } from "../time";

export interface AddressParts {
  unitName: string; // free text or the chosen unit's name
  wardName: string;
  districtName: string | null;
}

/** "Đơn vị/Địa chỉ": the unit when the person gave one, else "ward, district". */
export function unitOrAddress(p: AddressParts): string {
  const unit = p.unitName.trim();
  if (unit) return unit;
  return [p.wardName.trim(), (p.districtName ?? "").trim()].filter(Boolean).join(", ");
}

/** "Giải Nhì" → "Đạt Giải Nhì"; a tier named without "Giải" still reads naturally. */
export function prizeLine(tierName: string): string {
  const name = tierName.trim();
  return /^giải\b/i.test(name) ? `Đạt ${name}` : `Đạt giải ${name}`;
}

/** "Quý 1" of 2023 → "Quý 1 năm 2023". */
export function roundYearLine(roundName: string, year: number): string {
  return `${roundName.trim()} năm ${year}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

/** "2023-03-25" → "ngày 25 tháng 03 năm 2023" (the date line of an administrative document). */
export function longVnDate(iso: string): string {
  const d = parseIsoDate(iso);
  if (!d) return iso;
  return `ngày ${pad2(d.day)} tháng ${pad2(d.month)} năm ${d.year}`;
}

/**
 * The place of the date line ("Ninh Bình, ngày …") from the organiser's name: what follows its
 * last "tỉnh" / "thành phố". Null when the name names no place.
 */
export function placeFromOrganiser(organiser: string): string | null {
  const m = /(?:tỉnh|thành phố|TP\.?)\s+([^,;()]+)$/iu.exec(organiser.normalize("NFC").trim());
  return m ? m[1].trim() : null;
}

/** "Ninh Bình, ngày 25 tháng 03 năm 2023" (or without the place when it is unknown). */
export function placeDateLine(organiser: string, iso: string): string {
  const place = placeFromOrganiser(organiser);
  const date = longVnDate(iso);
  return place ? `${place}, ${date}` : date.charAt(0).toUpperCase() + date.slice(1);
}

/** "Quyết định số 17/QĐ-STTTT ngày 25/03/2023", or null when the round has no decision yet. */
export function decisionLine(decisionNumber: string | null, decisionDate: string | null): string | null {
  if (!decisionNumber) return null;
  const d = decisionDate ? parseIsoDate(decisionDate) : null;
  return d ? `Quyết định số ${decisionNumber} ngày ${pad2(d.day)}/${pad2(d.month)}/${d.year}` : `Quyết định số ${decisionNumber}`;
}

/** dd/MM/yyyy HH:mm:ss in Vietnam time: submission instants decide ties, so seconds matter. */
export function formatVnDateTimeSeconds(instant: Date): string {
  const shifted = new Date(instant.getTime() + 7 * 60 * 60 * 1000);
  const [date, time] = shifted.toISOString().split("T");
  const [y, m, d] = date.split("-");
  return `${d}/${m}/${y} ${time.slice(0, 8)}`;
}
