// Downloads one statistics table of a round (?round=<roundId>&format=csv|xlsx) as CSV (UTF-8 with
// BOM) or XLSX. Called by the download links on /quan-tri/thong-ke, by any staff role with "statistics";
// the item analysis (question texts and keys) only by roles that may see the bank.
import { authorizeStaff } from "@/lib/auth/session";
import { downloadResponse } from "@/lib/http/download";
import { errorResponse } from "@/lib/http/error-body";
import { buildStatisticsDownload, ITEM_ANALYSIS_FORBIDDEN, ITEM_TABLE } from "@/lib/statistics/download";

export const dynamic = "force-dynamic";

export async function GET(req: Request, ctx: { params: Promise<{ table: string }> }) {
  const auth = await authorizeStaff("statistics");
  if (!auth.ok) return errorResponse(auth.status, auth.error);
  const { table } = await ctx.params;
  if (table === ITEM_TABLE) {
    const bank = await authorizeStaff("bank");
    if (!bank.ok) return errorResponse(bank.status, ITEM_ANALYSIS_FORBIDDEN);
  }
  const q = new URL(req.url).searchParams;
  const file = await buildStatisticsDownload({
    table,
    roundId: q.get("round"),
    format: q.get("format"),
    sort: q.get("sap-xep"),
    flaggedOnly: q.get("loc") === "canh-bao",
  });
  return file.ok ? downloadResponse(file.file) : errorResponse(file.status, file.error);
}
