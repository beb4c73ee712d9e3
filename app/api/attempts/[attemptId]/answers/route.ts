// POST /api/attempts/<attemptId>/answers — see lib/attempts/api.ts for what it answers.
import { saveAnswerRoute } from "@/lib/attempts/api";

export const dynamic = "force-dynamic";

export async function POST(req: Request, ctx: { params: Promise<{ attemptId: string }> }) {
  return saveAnswerRoute(req, (await ctx.params).attemptId);
}
