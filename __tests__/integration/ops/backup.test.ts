// The SQLite online backup is complete, checked and restorable, even while a writer is busy.
// (Runs on its own SQLite file whatever TEST_DATABASE says: PostgreSQL uses pg_dump.)
import Database from "better-sqlite3";
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { backupSqlite, restoreSqlite } from "@/lib/ops/backup";
import * as t from "../../helpers/test-db.js";

const dir = join(t.dir, `backup-${t.runId}-${process.pid}`);
const file = join(dir, "live.db");

beforeAll(() => {
  mkdirSync(dir, { recursive: true });
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.exec("CREATE TABLE answers (id INTEGER PRIMARY KEY, text TEXT NOT NULL)");
  const insert = db.prepare("INSERT INTO answers (text) VALUES (?)");
  db.transaction(() => {
    for (let i = 0; i < 5000; i++) insert.run(`Câu trả lời số ${i} — Nguyễn Thị Ánh Tuyết`);
  })();
  db.close();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("backup copies every row of a live WAL database and restore brings it back", async () => {
  const writer = new Database(file);
  writer.prepare("INSERT INTO answers (text) VALUES (?)").run("ghi sau cùng, chỉ nằm trong WAL");
  const target = await backupSqlite(file, join(dir, "backups"), new Date("2023-03-31T10:00:00Z"));
  expect(target).toMatch(/live-20230331-100000Z\.db$/);
  writer.close();

  const copy = new Database(target, { readonly: true });
  expect(copy.prepare("SELECT count(*) AS n FROM answers").get()).toEqual({ n: 5001 });
  expect(copy.prepare("SELECT text FROM answers WHERE id = 7").get()).toEqual({ text: "Câu trả lời số 6 — Nguyễn Thị Ánh Tuyết" });
  copy.close();

  // Lose data, then restore.
  const broken = new Database(file);
  broken.exec("DELETE FROM answers");
  broken.close();
  restoreSqlite(target, file);
  const restored = new Database(file, { readonly: true });
  expect(restored.prepare("SELECT count(*) AS n FROM answers").get()).toEqual({ n: 5001 });
  restored.close();
});

test("a missing database is reported, not silently backed up", async () => {
  await expect(backupSqlite(join(dir, "nope.db"), join(dir, "backups"))).rejects.toThrow("not found");
});
