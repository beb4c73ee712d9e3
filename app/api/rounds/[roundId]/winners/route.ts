// POST computes a round's winners (provisional before the close, final after), GET returns the
// latest computation. Called by a signed-in ADMIN/JURY or a scheduler with Bearer $CRON_SECRET.
import { errorResponse } from "@/lib/http/error-body";
import { mutationRoute, NO_STORE } from "@/lib/http/json-route";
import { authorizeWinnersCaller } from "@/lib/winners/caller";
import { getWinnersReport } from "@/lib/winners/queries";
import { runRoundWinners } from "@/lib/winners/run";
import { runWinnersBodySchema } from "@/lib/winners/schema";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ roundId: string }> };

async function readBody(req: Request): Promise<{ ok: true; force?: boolean; reason?: string } | { ok: false }> {
  const text = await req.text();
  if (text.trim() === "") return { ok: true };
  try {
    const parsed = runWinnersBodySchema.safeParse(JSON.parse(text));
    return parsed.success ? { ok: true, ...parsed.data } : { ok: false };
  } catch {
    return { ok: false };
  }
}

// The CSRF gate (Origin, application/json) runs before the caller check.
export const POST = mutationRoute("json", async (req: Request, ctx: Ctx) => {
  const auth = await authorizeWinnersCaller(req);
  if (!auth.ok) return errorResponse(auth.status, auth.error);
  const { roundId } = await ctx.params;
  const body = await readBody(req);
  if (!body.ok) {
    return errorResponse(400, "Nội dung yêu cầu không hợp lệ (JSON {force?: boolean, reason?: string}).", { code: "INVALID_BODY" });
  }
  const outcome = await runRoundWinners(roundId, auth.caller, { force: body.force, reason: body.reason });
  if (!outcome.ok) {
    return errorResponse(outcome.status, outcome.error, { code: outcome.code, awardMonth: outcome.awardMonth || undefined });
  }
  return Response.json({ created: outcome.created, forced: outcome.forced, computation: outcome.computation }, { status: 200, headers: NO_STORE });
});

export async function GET(req: Request, ctx: Ctx) {
  const auth = await authorizeWinnersCaller(req);
  if (!auth.ok) return errorResponse(auth.status, auth.error);
  const { roundId } = await ctx.params;
  const limitParam = Number(new URL(req.url).searchParams.get("limit") ?? "50");
  const limit = Number.isInteger(limitParam) && limitParam > 0 ? Math.min(limitParam, 500) : 50;
  const report = await getWinnersReport(roundId, limit);
  if (!report) return errorResponse(404, "Không tìm thấy đợt thi.", { code: "ROUND_NOT_FOUND" });
  return Response.json(report, { status: 200, headers: NO_STORE });
}
