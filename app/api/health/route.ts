// Liveness and database reachability. Called by load balancers and monitoring, any time; public,
// reveals nothing but up/down. 200 when the database answers, 503 otherwise.
import { checkHealth } from "@/lib/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth();
  return Response.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
