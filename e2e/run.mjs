// `npm run test:e2e`: browser tests of the whole journey against the production build.
// Prepares a fresh seeded SQLite database, starts `next start` on it (building first when there
// is no build), runs the Jest e2e project (playwright-core + Debian's Chromium), stops the server.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";

const root = process.cwd();
const node = process.execPath;
const tsx = join(root, "node_modules", "tsx", "dist", "cli.mjs");
const next = join(root, "node_modules", "next", "dist", "bin", "next");
const port = process.env.E2E_PORT || "3210";
const dbFile = join(root, "data", "e2e", "e2e.db");
// The seed's study-document PDFs (lib/storage, fs) live and die with this run's database.
const uploads = join(root, "data", "e2e", "uploads");
const env = {
  ...process.env,
  DATABASE_URL: `file:${dbFile}`,
  DEMO_STAFF_PASSWORD: process.env.DEMO_STAFF_PASSWORD || "E2e-mat-khau-2026",
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || "e2e-secret-not-for-production-000000",
  PUBLIC_URL: `http://127.0.0.1:${port}`,
  CRON_SECRET: "e2e-cron-secret",
  RATE_LIMIT_DISABLED: "1",
  E2E_BASE_URL: `http://127.0.0.1:${port}`,
  E2E_DB_FILE: dbFile,
  STORAGE_DRIVER: "fs",
  STORAGE_FS_ROOT: uploads,
};

mkdirSync(join(root, "data", "e2e"), { recursive: true });
for (const s of ["", "-wal", "-shm"]) rmSync(dbFile + s, { force: true });
rmSync(uploads, { recursive: true, force: true });
execFileSync(node, [tsx, "scripts/migrate.mts", "deploy"], { cwd: root, env, stdio: "inherit" });
execFileSync(node, [tsx, "prisma/seed.ts"], { cwd: root, env: { ...env, SEED_HISTORY_SIZE: "60" }, stdio: "inherit" });
// Public pages are prerendered from the database at build time: build against this one when there
// is no build yet (CI) or when asked (E2E_BUILD=1).
if (process.env.E2E_BUILD === "1" || !existsSync(join(root, ".next", "BUILD_ID"))) execFileSync(node, [next, "build"], { cwd: root, env, stdio: "inherit" });

const server = spawn(node, [next, "start", "-p", port, "-H", "127.0.0.1"], { cwd: root, env, stdio: ["ignore", "pipe", "inherit"] });
server.stdout.on("data", (d) => process.env.E2E_VERBOSE && process.stdout.write(d));
const stop = () => {
  if (!server.killed) server.kill("SIGTERM");
};
process.on("exit", stop);

async function waitForServer() {
  for (let i = 0; i < 120; i++) {
    try {
      const r = await fetch(`${env.E2E_BASE_URL}/api/health`);
      if (r.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("The server did not start");
}

let code = 1;
try {
  await waitForServer();
  const jest = join(root, "node_modules", "jest", "bin", "jest.js");
  const r = spawn(node, [jest, "-c", "jest.e2e.config.js", "--runInBand", ...process.argv.slice(2)], { cwd: root, env, stdio: "inherit" });
  code = await new Promise((resolve) => r.on("exit", (c) => resolve(c ?? 1)));
} finally {
  stop();
}
process.exit(code);
