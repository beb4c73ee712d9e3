// POST /api/attempts/<attemptId>/prediction — see lib/attempts/api.ts for what it answers.
import { savePredictionRoute } from "@/lib/attempts/api";

export const dynamic = "force-dynamic";

export async function POST(req: Request, ctx: { params: Promise<{ attemptId: string }> }) {
  return savePredictionRoute(req, (await ctx.params).attemptId);
}
