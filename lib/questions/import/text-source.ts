// Reading an uploaded text file: UTF-8 only (with or without BOM), lines split on any newline.
// Pure (TextDecoder is a web standard available in Node and browsers).

export type DecodeResult = { ok: true; text: string } | { ok: false; error: string };

export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text: stripBom(text) };
  } catch {
    return {
      ok: false,
      error: "Tệp không phải văn bản UTF-8. Hãy lưu lại tệp với bảng mã UTF-8 (trong Excel: “CSV UTF-8 (Comma delimited)”).",
    };
  }
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function splitLines(text: string): string[] {
  return stripBom(text).split(/\r\n|\r|\n/);
}

/** NFC; spaces and tabs collapsed inside each line; lines trimmed; runs of blank lines collapsed. */
export function cleanText(value: string): string {
  return value
    .normalize("NFC")
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/[ \t\u00a0]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** One-line form (options, Aiken export). */
export function oneLine(value: string): string {
  return value.normalize("NFC").replace(/\s+/g, " ").trim();
}
