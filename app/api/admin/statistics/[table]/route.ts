// Downloads one statistics table of a round (?round=<roundId>&format=csv|xlsx) as CSV (UTF-8 with
// BOM) or XLSX. Called by the download links on /quan-tri/thong-ke, by any staff role with "statistics";
// the item analysis (question texts and keys) only by roles that may see the bank.
import { authorizeStaff } from "@/lib/auth/session";
import { buildStatisticsDownload, ITEM_ANALYSIS_FORBIDDEN, ITEM_TABLE } from "@/lib/statistics/download";

export const dynamic = "force-dynamic";

export async function GET(req: Request, ctx: { params: Promise<{ table: string }> }) {
  const auth = await authorizeStaff("statistics");
  if (!auth.ok) return Response.json({ error: auth.error }, { status: auth.status });
  const { table } = await ctx.params;
  if (table === ITEM_TABLE) {
    const bank = await authorizeStaff("bank");
    if (!bank.ok) return Response.json({ error: ITEM_ANALYSIS_FORBIDDEN }, { status: bank.status });
  }
  const q = new URL(req.url).searchParams;
  const file = await buildStatisticsDownload({
    table,
    roundId: q.get("round"),
    format: q.get("format"),
    sort: q.get("sap-xep"),
    flaggedOnly: q.get("loc") === "canh-bao",
  });
  if (!file.ok) return Response.json({ error: file.error }, { status: file.status });
  const body = typeof file.body === "string" ? file.body : new Blob([file.body as Uint8Array<ArrayBuffer>]);
  return new Response(body, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
