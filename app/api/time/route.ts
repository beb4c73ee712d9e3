// The server's clock, for countdowns on cached pages (their HTML may be up to a minute old).
// Called once by each countdown on mount; no database, never cached.
import { now } from "@/lib/time";

export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ now: now().toISOString() }, { headers: { "Cache-Control": "no-store" } });
}
