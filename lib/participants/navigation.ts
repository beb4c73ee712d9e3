// Where to send a person after signing in. Pure.

/**
 * The `next` parameter of /dang-nhap, accepted only as a path on this site: "/ca-nhan" yes,
 * "//evil.example", "https://…" or "/\evil" no (an open redirect would help phishing).
 */
export function safeNextPath(value: string | string[] | undefined, fallback = "/ca-nhan"): string {
  const v = Array.isArray(value) ? value[0] : value;
  if (!v || !v.startsWith("/") || v.startsWith("//") || v.startsWith("/\\") || /[\u0000-\u001f]/.test(v)) return fallback;
  return v;
}
