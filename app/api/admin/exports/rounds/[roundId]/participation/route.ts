// Downloads a round's participation by district and by unit (.xlsx, two sheets). Called by the
// secretariat on /quan-tri/chung-nhan/<roundId>, any time after the round opened.
import { authorizeStaff } from "@/lib/auth/session";
import { exportRoundParticipation } from "@/lib/certificates/participation-export";
import { downloadResponse } from "@/lib/http/download";
import { errorResponse } from "@/lib/http/error-body";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, ctx: { params: Promise<{ roundId: string }> }) {
  const auth = await authorizeStaff("certificates");
  if (!auth.ok) return errorResponse(auth.status, auth.error);
  const { roundId } = await ctx.params;
  const result = await exportRoundParticipation(roundId, { actor: auth.staff });
  return result.ok ? downloadResponse(result.file) : errorResponse(result.status, result.error);
}
