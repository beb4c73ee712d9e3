// `npm run demo`: creates/migrates/seeds the SQLite database and serves the production build at
// http://localhost:${PORT:-3000}. Safe to run again: migrations and seed are idempotent.
import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { demoPublicUrl } from "./demo-public-url.mjs";
import { root } from "./prisma-schemas.mjs";

const envPath = join(root, ".env");
if (!existsSync(envPath)) {
  const example = readFileSync(join(root, ".env.example"), "utf8");
  const env = example
    .replace('NEXTAUTH_SECRET=""', `NEXTAUTH_SECRET="${randomBytes(32).toString("base64url")}"`)
    .replace('CRON_SECRET=""', `CRON_SECRET="${randomBytes(24).toString("base64url")}"`);
  writeFileSync(envPath, env);
  console.log("Created .env with fresh secrets");
}

const node = process.execPath;
const tsx = join(root, "node_modules", "tsx", "dist", "cli.mjs");
const next = join(root, "node_modules", "next", "dist", "bin", "next");
const run = (args) => execFileSync(node, args, { cwd: root, stdio: "inherit" });

run([tsx, "scripts/migrate.mts", "deploy"]);
run([tsx, "prisma/seed.ts"]);
if (process.env.DEMO_SKIP_BUILD !== "1" || !existsSync(join(root, ".next", "BUILD_ID"))) {
  run([next, "build"]);
}
const port = process.env.PORT || "3000";
// Every absolute link (QR codes, e-mails, exports) comes from PUBLIC_URL.
const publicUrl = demoPublicUrl({ shell: process.env, envFile: readFileSync(envPath, "utf8"), port });
console.log(`\nServing on http://localhost:${port} (public address ${publicUrl})`);
const server = spawn(node, [next, "start", "-p", port], { cwd: root, stdio: "inherit", env: { ...process.env, PUBLIC_URL: publicUrl } });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.kill(sig));
server.on("exit", (code) => process.exit(code ?? 0));
