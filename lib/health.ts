// Liveness and database reachability for /api/health.
import "server-only";
import { db } from "./db";
import { now } from "./time";

export interface Health {
  status: "ok" | "degraded";
  time: string;
  database: { provider: string; reachable: boolean; latencyMs: number | null; error?: string };
}

export async function checkHealth(): Promise<Health> {
  const started = performance.now();
  try {
    await db.$queryRawUnsafe("SELECT 1");
    return {
      status: "ok",
      time: now().toISOString(),
      database: { provider: db.provider, reachable: true, latencyMs: Math.round(performance.now() - started) },
    };
  } catch {
    return {
      status: "degraded",
      time: now().toISOString(),
      database: { provider: db.provider, reachable: false, latencyMs: null, error: "Không kết nối được cơ sở dữ liệu" },
    };
  }
}
