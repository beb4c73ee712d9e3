// Test databases: migrated once per run into a template (global-setup.js), then one fresh copy per
// test file (db-env.js + db-lifecycle.ts). TEST_DATABASE=postgresql switches every integration test
// to PostgreSQL (PG_TEST_URL, default postgresql://postgres@127.0.0.1:5432/postgres).
const { join } = require("node:path");

const root = join(__dirname, "..", "..");
const provider = process.env.TEST_DATABASE === "postgresql" ? "postgresql" : "sqlite";
const pgBase = process.env.PG_TEST_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
const runId = process.env.TEST_RUN_ID || String(process.pid);
const dir = join(root, "data", "test");
const sqliteTemplate = join(dir, `template-${runId}.db`);
const pgTemplate = `quiz_tpl_${runId}`;

function pgUrl(name) {
  const u = new URL(pgBase);
  u.pathname = `/${name}`;
  return u.toString();
}

module.exports = { root, provider, pgBase, runId, dir, sqliteTemplate, pgTemplate, pgUrl };
