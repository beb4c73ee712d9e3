// Reading a raw upload (application/octet-stream) with a byte limit: a declared Content-Length
// over the limit is refused before reading, and a body that grows past it (no or a false length)
// is cut off there, so a huge upload never sits whole in memory.
import "server-only";

export type UploadBody = { ok: true; bytes: Uint8Array } | { ok: false; tooLarge: true };

export async function readUploadBody(req: Request, maxBytes: number): Promise<UploadBody> {
  if (Number(req.headers.get("content-length") ?? 0) > maxBytes) return { ok: false, tooLarge: true };
  if (!req.body) return { ok: true, bytes: new Uint8Array(0) };
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return { ok: false, tooLarge: true };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return { ok: true, bytes };
}
