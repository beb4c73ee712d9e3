// Vietnamese identity formats (docs/DOMAIN.md "Vietnamese formats"). Pure.
import type { GenderValue as Gender } from "./labels";

/**
 * CCCD digit 4 encodes century and gender: 0/1 born 1900–1999 male/female, 2/3 2000–2099,
 * 4/5 2100–2199 (and 6–9 for later centuries). Digits 5–6 are the last two digits of the birth year.
 */
export function cccdCenturyDigit(birthYear: number, gender: Gender): number {
  const century = Math.floor(birthYear / 100) - 19; // 1900s → 0, 2000s → 1
  return century * 2 + (gender === "FEMALE" ? 1 : 0);
}

export type CccdProblem = { code: "format" } | { code: "century"; expected: number; actual: number } | { code: "year"; expected: string; actual: string };

/** Checks a CCCD against the date of birth and gender; null when consistent. */
export function checkCccd(cccd: string, birthYear: number | null, gender: Gender | null): CccdProblem | null {
  if (!/^\d{12}$/.test(cccd)) return { code: "format" };
  if (birthYear === null || gender === null) return null;
  const expected = cccdCenturyDigit(birthYear, gender);
  const actual = Number(cccd[3]);
  if (expected !== actual) return { code: "century", expected, actual };
  const yy = String(birthYear % 100).padStart(2, "0");
  if (cccd.slice(4, 6) !== yy) return { code: "year", expected: yy, actual: cccd.slice(4, 6) };
  return null;
}

function describeCenturyDigit(d: number): string {
  const century = 1900 + Math.floor(d / 2) * 100;
  return `${d % 2 === 0 ? "nam" : "nữ"} sinh năm ${century}–${century + 99}`;
}

/** The Vietnamese explanation of a CCCD problem, for the registration form. */
export function explainCccdProblem(p: CccdProblem): string {
  switch (p.code) {
    case "format":
      return "Số CCCD phải gồm đúng 12 chữ số.";
    case "century":
      return `Chữ số thứ 4 của CCCD là ${p.actual} (${describeCenturyDigit(p.actual)}), không khớp với giới tính và năm sinh đã nhập (cần là ${p.expected}).`;
    case "year":
      return `Chữ số thứ 5–6 của CCCD là ${p.actual}, không khớp với năm sinh đã nhập (cần là ${p.expected}).`;
  }
}

/**
 * Normalises a Vietnamese mobile number: "+84 912 345 678", "84912345678", "0912.345.678" →
 * "0912345678". Returns null unless it is 10 digits 0[35789]xxxxxxxx.
 */
export function normalizePhone(input: string): string | null {
  let digits = input.replace(/[\s.\-()]/g, "");
  if (digits.startsWith("+84")) digits = `0${digits.slice(3)}`;
  else if (/^84\d{9}$/.test(digits)) digits = `0${digits.slice(2)}`;
  return /^0[35789]\d{8}$/.test(digits) ? digits : null;
}
