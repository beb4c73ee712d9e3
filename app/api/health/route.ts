// Liveness and database reachability. Called by load balancers and monitoring, any time; public,
// reveals nothing but up/down. 200 when the database answers, 503 otherwise.
import { checkHealth } from "@/lib/health";
import { errorBody } from "@/lib/http/error-body";
import { NO_STORE } from "@/lib/http/json-route";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth();
  if (health.status === "ok") return Response.json(health, { status: 200, headers: NO_STORE });
  // The error body of every route, with the report monitoring reads beside it.
  const degraded = { ...errorBody("Không kết nối được cơ sở dữ liệu.", { code: "DATABASE_UNREACHABLE" }), ...health };
  return Response.json(degraded, { status: 503, headers: NO_STORE });
}
