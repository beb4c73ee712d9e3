// Starts the production server for a benchmark on a prepared database (building first when there
// is no build), unless --url points at a server that is already running.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { root, type BenchDb } from "./database";

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
  pid?: number;
}

async function waitForHealth(url: string, tries = 240): Promise<void> {
  for (let i = 0; i < tries; i++) {
    try {
      const r = await fetch(`${url}/api/health`);
      if (r.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`No healthy server at ${url}`);
}

function ensureBuild(): void {
  if (!existsSync(join(root, ".next", "BUILD_ID"))) {
    execFileSync(process.execPath, [join(root, "node_modules", "next", "dist", "bin", "next"), "build"], { cwd: root, stdio: "inherit" });
  }
}

function benchEnv(db: BenchDb, port: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: db.url,
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || "bench-secret-not-for-production-0000000",
    RATE_LIMIT_DISABLED: "1",
    DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE || "10",
    LOG_LEVEL: "warn",
  };
}

export async function startServer(db: BenchDb, port: number): Promise<RunningServer> {
  ensureBuild();
  const taken = await fetch(`http://127.0.0.1:${port}/api/health`).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`Port ${port} is already in use: stop that server or pass --port`);
  const child: ChildProcess = spawn(
    process.execPath,
    [join(root, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: root,
      env: benchEnv(db, port),
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url);
  return {
    url,
    pid: child.pid,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
