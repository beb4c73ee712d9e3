// POST /api/attempts/<attemptId>/submit — see lib/attempts/api.ts for what it answers.
import { submitAttemptRoute } from "@/lib/attempts/api";

export const dynamic = "force-dynamic";

export async function POST(req: Request, ctx: { params: Promise<{ attemptId: string }> }) {
  return submitAttemptRoute(req, (await ctx.params).attemptId);
}
