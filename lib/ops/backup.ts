// Online backup of the SQLite database (the app may keep serving while it runs) and restore.
// PostgreSQL is backed up with pg_dump (docs/OPERATIONS.md).
import Database from "better-sqlite3";
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

function stamp(at: Date): string {
  return at
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z")
    .replace("T", "-");
}

/** Copies a live SQLite database page by page into `dir/<name>-<UTC stamp>.db` and checks it. */
export async function backupSqlite(file: string, dir: string, at = new Date()): Promise<string> {
  if (!existsSync(file)) throw new Error(`Database file not found: ${file}`);
  mkdirSync(dir, { recursive: true });
  const target = resolve(dir, `${basename(file, ".db")}-${stamp(at)}.db`);
  const source = new Database(file, { readonly: true, fileMustExist: true });
  try {
    await source.backup(target);
  } finally {
    source.close();
  }
  const check = new Database(target, { readonly: true });
  try {
    const result = check.pragma("integrity_check", { simple: true });
    if (result !== "ok") throw new Error(`Backup failed its integrity check: ${String(result)}`);
  } finally {
    check.close();
  }
  return target;
}

/**
 * Puts a backup in place of the database file. The app must be stopped: the old file is kept
 * beside it as `<file>.before-restore` until the next restore.
 */
export function restoreSqlite(backup: string, file: string): void {
  if (!existsSync(backup)) throw new Error(`Backup not found: ${backup}`);
  mkdirSync(dirname(file), { recursive: true });
  if (existsSync(file)) renameSync(file, `${file}.before-restore`);
  for (const s of ["-wal", "-shm"]) rmSync(file + s, { force: true });
  const tmp = join(dirname(file), `.${basename(file)}.restoring`);
  copyFileSync(backup, tmp);
  renameSync(tmp, file);
}
