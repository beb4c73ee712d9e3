// POST computes the winners of every round whose award month (Vietnam time) is now and answers 200
// with what it did, also when no round is due; GET only reports what a POST would do (a GET never
// changes state: docs/SECURITY.md §6). Called by the scheduler (POST, Bearer $CRON_SECRET) or ADMIN/JURY.
import { errorResponse } from "@/lib/http/error-body";
import { mutationRoute, NO_STORE } from "@/lib/http/json-route";
import { authorizeWinnersCaller } from "@/lib/winners/caller";
import { listDueRounds, runDueRounds } from "@/lib/winners/cron";

export const dynamic = "force-dynamic";
// A round of a million attempts takes seconds; several rounds may be due in the same month.
export const maxDuration = 300;

export async function GET(req: Request) {
  const auth = await authorizeWinnersCaller(req);
  if (!auth.ok) return errorResponse(auth.status, auth.error);
  return Response.json(await listDueRounds(), { status: 200, headers: NO_STORE });
}

export const POST = mutationRoute("json", async (req: Request) => {
  const auth = await authorizeWinnersCaller(req);
  if (!auth.ok) return errorResponse(auth.status, auth.error);
  const report = await runDueRounds(auth.caller);
  return Response.json(report, { status: 200, headers: NO_STORE });
});
