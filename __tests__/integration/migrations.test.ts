// The migrations of the database under test must produce exactly prisma/schema.prisma.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as t from "../helpers/test-db.js";

const tsx = join(t.root, "node_modules", "tsx", "dist", "cli.mjs");
const scratch = t.provider === "sqlite" ? `file:${join(t.dir, `check-${t.runId}.db`)}` : t.pgUrl(`quiz_check_${t.runId}`);

function check(extra: string[] = []): { code: number; out: string } {
  try {
    const out = execFileSync(process.execPath, [tsx, "scripts/migrate.mts", "check", "--url", scratch, ...extra], {
      cwd: t.root,
      encoding: "utf8",
      stdio: "pipe",
    });
    return { code: 0, out };
  } catch (err) {
    const e = err as { status: number; stdout: string; stderr: string };
    return { code: e.status, out: e.stdout + e.stderr };
  }
}

beforeAll(async () => {
  if (t.provider === "postgresql") {
    const { Client } = await import("pg");
    const c = new Client({ connectionString: t.pgBase });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS "quiz_check_${t.runId}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "quiz_check_${t.runId}"`);
    await c.end();
  }
});

afterAll(async () => {
  if (t.provider === "postgresql") {
    const { Client } = await import("pg");
    const c = new Client({ connectionString: t.pgBase });
    await c.connect();
    for (const db of [`quiz_check_${t.runId}`, `quiz_check_${t.runId}_expected`]) await c.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
    await c.end();
  }
});

test(`the ${t.provider} migrations agree with the schema`, () => {
  const r = check();
  expect(r.out).toContain("migrations and schema agree");
  expect(r.code).toBe(0);
}, 120_000);

test("a schema change without a migration is detected", () => {
  const source = readFileSync(join(t.root, "prisma", "schema.prisma"), "utf8").replace(
    'wardName       String   @default("")',
    'wardName       String   @default("")\n  notMigrated    Int      @default(0)',
  );
  const changed = t.provider === "sqlite" ? source : source.replace('provider = "sqlite"', 'provider = "postgresql"');
  expect(changed).toContain("notMigrated");
  const file = join(t.dir, `changed-${t.runId}.prisma`);
  writeFileSync(file, changed);
  const r = check(["--schema", file]);
  expect(r.code).toBe(1);
  expect(r.out).toContain("notMigrated");
}, 120_000);
