// Runs before each integration test file: points DATABASE_URL at this file's own database.
// The database itself is created in db-lifecycle.ts (Prisma connects lazily, after that).
const { copyFileSync } = require("node:fs");
const { join } = require("node:path");
const t = require("./test-db.js");

const id = `${process.env.JEST_WORKER_ID || 0}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
if (t.provider === "sqlite") {
  const file = join(t.dir, `t-${id}.db`);
  copyFileSync(t.sqliteTemplate, file);
  process.env.DATABASE_URL = `file:${file}`;
} else {
  process.env.TEST_PG_DB = `quiz_t_${id}`;
  process.env.DATABASE_URL = t.pgUrl(process.env.TEST_PG_DB);
}
// Uploaded files (lib/storage, the fs default) go to this file's own directory, removed after it.
process.env.STORAGE_DRIVER = "fs";
process.env.STORAGE_FS_ROOT = join(t.dir, `uploads-${id}`);
