// Computes the winners of every round whose award month (Vietnam time) is now; answers 200 with
// what it did, also when no round is due. Called by the scheduler (Bearer $CRON_SECRET) or ADMIN/JURY.
import { authorizeWinnersCaller } from "@/lib/winners/caller";
import { runDueRounds } from "@/lib/winners/cron";

export const dynamic = "force-dynamic";
// A round of a million attempts takes seconds; several rounds may be due in the same month.
export const maxDuration = 300;

async function handle(req: Request) {
  const auth = await authorizeWinnersCaller(req);
  if (!auth.ok) return Response.json({ error: auth.error }, { status: auth.status, headers: { "Cache-Control": "no-store" } });
  const report = await runDueRounds(auth.caller);
  return Response.json(report, { status: 200, headers: { "Cache-Control": "no-store" } });
}

export async function GET(req: Request) {
  return handle(req);
}

export async function POST(req: Request) {
  return handle(req);
}
