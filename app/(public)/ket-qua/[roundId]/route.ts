// GET the published result of one round as a canonical JSON document (winners masked, true value,
// counts, the approved computation's inputHash). Public: anyone checking the list on /ket-qua, any time.
import { getPublishedResultDocument } from "@/lib/winners/publication";

type Ctx = { params: Promise<{ roundId: string }> };

export async function GET(_req: Request, ctx: Ctx) {
  const { roundId } = await ctx.params;
  const doc = await getPublishedResultDocument(roundId);
  if (!doc) {
    // Not published yet (or no such round): never cached, so the document appears once published.
    return Response.json({ error: "Kết quả của đợt thi này chưa được công bố." }, { status: 404, headers: { "Cache-Control": "no-store" } });
  }
  return new Response(doc.body, {
    status: 200,
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `inline; filename="${doc.fileName}"`,
      // A published list does not change; the page shows the SHA-256 of exactly these bytes.
      "Cache-Control": "public, max-age=300, s-maxage=3600, stale-while-revalidate=86400",
      ETag: `"${doc.sha256}"`,
      "Repr-Digest": `sha-256=:${Buffer.from(doc.sha256, "hex").toString("base64")}:`,
    },
  });
}
