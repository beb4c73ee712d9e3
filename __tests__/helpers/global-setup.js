// Builds the migrated template database once per test run.
const { execFileSync } = require("node:child_process");
const { mkdirSync } = require("node:fs");
const { join } = require("node:path");

module.exports = async function globalSetup() {
  process.env.TEST_RUN_ID = process.env.TEST_RUN_ID || String(process.pid);
  const t = require("./test-db.js");
  const tsx = join(t.root, "node_modules", "tsx", "dist", "cli.mjs");
  const migrate = (url) => execFileSync(process.execPath, [tsx, join(t.root, "scripts", "migrate.mts"), "reset", "--url", url], { cwd: t.root, stdio: "pipe" });
  if (t.provider === "sqlite") {
    mkdirSync(t.dir, { recursive: true });
    migrate(`file:${t.sqliteTemplate}`);
  } else {
    const { Client } = require("pg");
    const admin = new Client({ connectionString: t.pgBase });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${t.pgTemplate}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${t.pgTemplate}"`);
    await admin.end();
    migrate(t.pgUrl(t.pgTemplate));
  }
};
