// Streams the full ranking of a round (.xlsx, every tie-break column, full personal data) from
// its latest final computation. Called by the secretariat on /quan-tri/chung-nhan/<roundId>.
import { authorizeStaff } from "@/lib/auth/session";
import { exportRoundRanking } from "@/lib/certificates/ranking-export";
import { downloadResponse } from "@/lib/http/download";
import { errorResponse } from "@/lib/http/error-body";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, ctx: { params: Promise<{ roundId: string }> }) {
  const auth = await authorizeStaff("certificates");
  if (!auth.ok) return errorResponse(auth.status, auth.error);
  const { roundId } = await ctx.params;
  const result = await exportRoundRanking(roundId, { actor: auth.staff });
  return result.ok ? downloadResponse(result.file) : errorResponse(result.status, result.error);
}
