// GET the published result of one round as a canonical JSON document (winners masked, true value,
// counts, the approved computation's inputHash). Public: anyone checking the list on /ket-qua, any time.
import { downloadResponse } from "@/lib/http/download";
import { errorResponse } from "@/lib/http/error-body";
import { getPublishedResultDocument } from "@/lib/winners/publication";

type Ctx = { params: Promise<{ roundId: string }> };

export async function GET(_req: Request, ctx: Ctx) {
  const { roundId } = await ctx.params;
  const doc = await getPublishedResultDocument(roundId);
  if (!doc) {
    // Not published yet (or no such round): never cached, so the document appears once published.
    return errorResponse(404, "Kết quả của đợt thi này chưa được công bố.", { code: "NOT_PUBLISHED" });
  }
  return downloadResponse({
    body: doc.body,
    filename: doc.fileName,
    contentType: "application/json; charset=utf-8",
    disposition: "inline",
    // A published list does not change; the page shows the SHA-256 of exactly these bytes.
    cacheControl: "public, max-age=300, s-maxage=3600, stale-while-revalidate=86400",
    headers: { ETag: `"${doc.sha256}"`, "Repr-Digest": `sha-256=:${Buffer.from(doc.sha256, "hex").toString("base64")}:` },
  });
}
