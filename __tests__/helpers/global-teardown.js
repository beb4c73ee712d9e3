// Removes the run's template database.
const { rmSync } = require("node:fs");

module.exports = async function globalTeardown() {
  const t = require("./test-db.js");
  if (t.provider === "sqlite") {
    for (const s of ["", "-wal", "-shm"]) rmSync(t.sqliteTemplate + s, { force: true });
  } else {
    const { Client } = require("pg");
    const admin = new Client({ connectionString: t.pgBase });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${t.pgTemplate}" WITH (FORCE)`);
    await admin.end();
  }
};
