// Certificate numbers and verification codes (docs/DOMAIN.md "Certificates"). Pure apart from the
// random source: no Prisma, no next/*.
import { randomBytes } from "node:crypto";

const TOKEN = /\{(n(?::(\d{1,2}))?|year)\}/g;

/** A pattern must place the sequence somewhere, or every certificate would get the same number. */
export function isValidCertificatePattern(pattern: string): boolean {
  return pattern.trim().length > 0 && pattern.length <= 60 && /\{n(?::\d{1,2})?\}/.test(pattern);
}

/**
 * Renders a contest's pattern for sequence number `n`: `{n}` the number, `{n:2}` the number
 * zero-padded to two digits ("05"), `{year}` the contest's year. "{n:2}/GCN-BTC", 5 → "05/GCN-BTC".
 */
export function formatCertificateNumber(pattern: string, n: number, year: number): string {
  if (!Number.isInteger(n) || n < 1) throw new Error(`Invalid certificate sequence: ${n}`);
  if (!isValidCertificatePattern(pattern)) throw new Error(`Invalid certificate pattern: ${pattern}`);
  return pattern.replace(TOKEN, (_token, name: string, width?: string) => {
    if (name === "year") return String(year);
    return width ? String(n).padStart(Number(width), "0") : String(n);
  });
}

/** The sequence numbers [first, first + count) handed out by one atomic counter increment. */
export function allocatedRange(counterAfter: number, count: number): number[] {
  const first = counterAfter - count + 1;
  return Array.from({ length: count }, (_, i) => first + i);
}

export const VERIFICATION_CODE_LENGTH = 16;
const CODE_SHAPE = /^[A-Za-z0-9_-]{10,64}$/;

/**
 * 12 random bytes (96 bits) from the operating system's CSPRNG as 16 URL-safe characters: nobody
 * can guess or enumerate another person's certificate from the public verification page.
 */
export function generateVerificationCode(): string {
  return randomBytes(12).toString("base64url");
}

/** Cheap shape check before any database read for a public verification request. */
export function isVerificationCodeShape(code: string): boolean {
  return CODE_SHAPE.test(code);
}

export type VerificationLookup = { kind: "empty" } | { kind: "code"; code: string } | { kind: "invalid"; typed: string; error: string };

/**
 * What a person typed into "Tra cứu giấy chứng nhận": spaces (a code copied from paper or a
 * message) are dropped; a pasted verification link gives its code.
 */
export function lookupVerificationCode(value: string | string[] | undefined): VerificationLookup {
  const raw = (Array.isArray(value) ? value[0] : value) ?? "";
  const typed = raw.trim();
  if (!typed) return { kind: "empty" };
  const fromLink = /\/chung-nhan\/([^/?#\s]+)/.exec(typed)?.[1];
  const code = fromLink ?? typed.replace(/\s+/g, "");
  if (isVerificationCodeShape(code)) return { kind: "code", code };
  return { kind: "invalid", typed: typed.slice(0, 200), error: "Mã xác minh gồm 16 ký tự chữ, số, dấu gạch ngang hoặc gạch dưới. Vui lòng kiểm tra lại." };
}
