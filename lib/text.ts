// Vietnamese text helpers. Pure.

/** NFC, trimmed, inner whitespace collapsed: how names and texts are stored and compared. */
export function normalizeText(value: string): string {
  return value.normalize("NFC").replace(/\s+/g, " ").trim();
}

/**
 * Lower case without diacritics ("Nguyễn Thị Ánh" → "nguyen thi anh"): the search key stored
 * beside names and question texts, so a search matches with or without diacritics on both
 * databases.
 */
export function searchKey(value: string): string {
  return normalizeText(value)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase();
}

/** Masks all but the first `head` and last `tail` characters: "037******123". */
function maskMiddle(value: string, head: number, tail: number): string {
  if (value.length <= head + tail) return "*".repeat(value.length);
  return value.slice(0, head) + "*".repeat(value.length - head - tail) + value.slice(value.length - tail);
}

/** docs/DOMAIN.md "Personal data": CCCD shown as 037******123. */
export function maskCccd(cccd: string): string {
  return maskMiddle(cccd, 3, 3);
}

/** docs/DOMAIN.md "Personal data": phone shown as 09******89. */
export function maskPhone(phone: string): string {
  return maskMiddle(phone, 2, 2);
}
