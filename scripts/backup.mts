// `npm run backup` — online backup of the SQLite database to backups/ (BACKUP_DIR).
// `npm run restore -- <backup file>` — put a backup in place (stop the app first).
import "dotenv/config";
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { backupSqlite, restoreSqlite } from "../lib/ops/backup";
import { databaseUrl, providerOf, sqlitePath } from "../lib/db/url";

const [command, arg] = process.argv.slice(2);
const url = databaseUrl();
const dir = process.env.BACKUP_DIR || "backups";

if (providerOf(url) === "postgresql") {
  if (command === "restore") {
    console.error(`PostgreSQL: pg_restore --clean --if-exists -d "$DATABASE_URL" ${arg ?? "<file>"} (docs/OPERATIONS.md)`);
    process.exit(2);
  }
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `pg-${new Date().toISOString().replace(/[-:.]/g, "")}.dump`);
  execFileSync("pg_dump", ["--format=custom", "--file", file, url], { stdio: "inherit" });
  console.log(`Backup written: ${file}`);
} else if (command === "restore") {
  if (!arg) {
    console.error("Usage: npm run restore -- <backup file>");
    process.exit(2);
  }
  restoreSqlite(arg, sqlitePath(url));
  console.log(`Restored ${arg} → ${sqlitePath(url)}`);
} else {
  const target = await backupSqlite(sqlitePath(url), dir);
  console.log(`Backup written: ${target}`);
}
