// Creates this test file's PostgreSQL database from the template, and removes the database after.
import { rmSync } from "node:fs";
import { Client } from "pg";
import * as t from "./test-db.js";

async function admin<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: t.pgBase });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

beforeAll(async () => {
  if (t.provider === "postgresql") {
    await admin((c) => c.query(`CREATE DATABASE "${process.env.TEST_PG_DB}" TEMPLATE "${t.pgTemplate}"`));
  }
});

afterAll(async () => {
  const g = globalThis as unknown as { __db?: { $disconnect(): Promise<void> } };
  await g.__db?.$disconnect();
  if (process.env.STORAGE_FS_ROOT) rmSync(process.env.STORAGE_FS_ROOT, { recursive: true, force: true });
  if (t.provider === "postgresql") {
    await admin((c) => c.query(`DROP DATABASE IF EXISTS "${process.env.TEST_PG_DB}" WITH (FORCE)`));
  } else {
    const file = (process.env.DATABASE_URL ?? "").replace(/^file:/, "");
    for (const s of ["", "-wal", "-shm"]) rmSync(file + s, { force: true });
  }
});
