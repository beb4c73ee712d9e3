// Prepares a benchmark database: a fresh SQLite file or PostgreSQL database, migrated.
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { Client } from "pg";

// Benchmarks run from the repository root (npm scripts).
export const root = process.cwd();

export type BenchDb = { provider: "sqlite" | "postgresql"; url: string };

export async function freshDatabase(provider: string, name: string): Promise<BenchDb> {
  const tsx = join(root, "node_modules", "tsx", "dist", "cli.mjs");
  let url: string;
  if (provider === "postgresql") {
    const base = process.env.PG_BENCH_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
    const admin = new Client({ connectionString: base });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const u = new URL(base);
    u.pathname = `/${name}`;
    url = u.toString();
  } else {
    mkdirSync(join(root, "data", "bench"), { recursive: true });
    url = `file:${join(root, "data", "bench", `${name}.db`)}`;
  }
  execFileSync(process.execPath, [tsx, join(root, "scripts", "migrate.mts"), "reset", "--url", url], { cwd: root, stdio: "pipe" });
  return { provider: provider === "postgresql" ? "postgresql" : "sqlite", url };
}

/** The ISO text Prisma's SQLite adapter stores for a DateTime. */
export function sqliteTime(d: Date): string {
  return d.toISOString().replace("Z", "+00:00");
}
