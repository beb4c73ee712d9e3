// bench:ceiling — the surge's database writes done directly with the raw driver (better-sqlite3 /
// pg), no HTTP, no Prisma: per participant one start transaction (attempt + 20 items), 20 answer
// saves, one prediction save and one submit transaction. Gives the ceiling the surge is compared to.
//   npm run bench:ceiling -- [--db sqlite|postgresql] [--participants 3000] [--concurrency 32]
import Database from "better-sqlite3";
import { randomUUID } from "node:crypto";
import { Pool } from "pg";
import { args, machine, summary } from "./lib/common";
import { freshDatabase, sqliteTime } from "./lib/database";

const a = args({ db: "sqlite", participants: "3000", questions: "20", concurrency: "32" });
const N = Number(a.participants);
const Q = Number(a.questions);

async function main() {
  const target = await freshDatabase(a.db, `bench_ceiling_${a.db}`);
  const started = new Date();
  const ids = Array.from({ length: N }, () => ({ participant: randomUUID(), attempt: randomUUID() }));
  let ms: number;
  let writes = 0;
  if (target.provider === "sqlite") {
    const db = new Database(target.url.replace(/^file:/, ""));
    db.pragma("journal_mode = WAL");
    db.pragma(`synchronous = ${process.env.SQLITE_SYNCHRONOUS === "NORMAL" ? "NORMAL" : "FULL"}`);
    db.pragma("busy_timeout = 10000");
    const contest = randomUUID();
    const round = randomUUID();
    const qv = randomUUID();
    const q = randomUUID();
    const t = sqliteTime(started);
    db.prepare(`INSERT INTO "Contest" (id, slug, name, organiser, "organiserShort", year, "updatedAt") VALUES (?, 'b', 'b', 'b', 'b', 2023, ?)`).run(
      contest,
      t,
    );
    db.prepare(
      `INSERT INTO "Round" (id, "contestId", number, name, "opensAt", "closesAt", "awardYear", "awardMonth", "prizeTiers", "predictionQuestion", "updatedAt") VALUES (?, ?, 1, 'Q', ?, ?, 2023, 12, '[]', '?', ?)`,
    ).run(round, contest, t, sqliteTime(new Date(started.getTime() + 864e5)), t);
    db.prepare(`INSERT INTO "Question" (id, "contestId", "textSearch", "updatedAt") VALUES (?, ?, 'q', ?)`).run(q, contest, t);
    db.prepare(`INSERT INTO "QuestionVersion" (id, "questionId", version, text, options, "correctIndex") VALUES (?, ?, 1, 'q', '["a","b","c","d"]', 0)`).run(
      qv,
      q,
    );
    const insP = db.prepare(
      `INSERT INTO "Participant" (id, "contestId", "fullName", "fullNameSearch", "birthDate", gender, cccd, phone, "group", "passwordHash", "updatedAt") VALUES (?, ?, 'x', 'x', '1990-01-01', 'MALE', ?, ?, 'NGUOI_DAN', 'x', ?)`,
    );
    db.transaction(() => ids.forEach((p, i) => insP.run(p.participant, contest, String(i).padStart(12, "0"), `09${String(i).padStart(8, "0")}`, t)))();

    const insA = db.prepare(
      `INSERT INTO "Attempt" (id, "roundId", "participantId", number, status, "inProgressKey", "startedAt", deadline) VALUES (?, ?, ?, 1, 'IN_PROGRESS', ?, ?, ?)`,
    );
    const insI = db.prepare(`INSERT INTO "AttemptItem" ("attemptId", position, "questionVersionId", "optionOrder") VALUES (?, ?, ?, '0,1,2,3')`);
    const save = db.prepare(
      `UPDATE "AttemptItem" SET "chosenIndex" = ?, "savedAt" = ? WHERE "attemptId" = ? AND position = ? AND EXISTS (SELECT 1 FROM "Attempt" a WHERE a.id = ? AND a.status = 'IN_PROGRESS')`,
    );
    const pred = db.prepare(`UPDATE "Attempt" SET prediction = ? WHERE id = ? AND status = 'IN_PROGRESS'`);
    const grade = db.prepare(`UPDATE "AttemptItem" SET "isCorrect" = ("chosenIndex" = 0) WHERE "attemptId" = ?`);
    const submit = db.prepare(
      `UPDATE "Attempt" SET status = 'SUBMITTED', "inProgressKey" = NULL, "submittedAt" = ?, "durationMs" = 1000, "correctCount" = (SELECT count(*) FROM "AttemptItem" WHERE "attemptId" = ? AND "isCorrect" = 1) WHERE id = ? AND status = 'IN_PROGRESS'`,
    );
    const start = db.transaction((p: (typeof ids)[number], at: string, dl: string) => {
      insA.run(p.attempt, round, p.participant, `${p.participant}:${round}`, at, dl);
      for (let k = 0; k < Q; k++) insI.run(p.attempt, k, qv);
    });
    const finish = db.transaction((p: (typeof ids)[number], at: string) => {
      grade.run(p.attempt);
      submit.run(at, p.attempt, p.attempt);
    });
    const t0 = performance.now();
    for (const p of ids) {
      const at = sqliteTime(new Date());
      start(p, at, sqliteTime(new Date(Date.now() + 1_200_000)));
      for (let k = 0; k < Q; k++) save.run(k % 4, sqliteTime(new Date()), p.attempt, k, p.attempt);
      pred.run(1234, p.attempt);
      finish(p, sqliteTime(new Date()));
      writes += Q + 3;
    }
    ms = performance.now() - t0;
    db.close();
  } else {
    const pool = new Pool({ connectionString: target.url, max: 10 });
    const [contest, round, q, qv] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    await pool.query(`INSERT INTO "Contest" (id, slug, name, organiser, "organiserShort", year, "updatedAt") VALUES ($1, 'b', 'b', 'b', 'b', 2023, now())`, [
      contest,
    ]);
    await pool.query(
      `INSERT INTO "Round" (id, "contestId", number, name, "opensAt", "closesAt", "awardYear", "awardMonth", "prizeTiers", "predictionQuestion", "updatedAt") VALUES ($1, $2, 1, 'Q', now(), now() + interval '1 day', 2023, 12, '[]', '?', now())`,
      [round, contest],
    );
    await pool.query(`INSERT INTO "Question" (id, "contestId", "textSearch", "updatedAt") VALUES ($1, $2, 'q', now())`, [q, contest]);
    await pool.query(
      `INSERT INTO "QuestionVersion" (id, "questionId", version, text, options, "correctIndex") VALUES ($1, $2, 1, 'q', '["a","b","c","d"]', 0)`,
      [qv, q],
    );
    await pool.query(
      `INSERT INTO "Participant" (id, "contestId", "fullName", "fullNameSearch", "birthDate", gender, cccd, phone, "group", "passwordHash", "updatedAt")
       SELECT p, $2, 'x', 'x', '1990-01-01', 'MALE', lpad(i::text, 12, '0'), '09' || lpad(i::text, 8, '0'), 'NGUOI_DAN', 'x', now()
       FROM unnest($1::text[]) WITH ORDINALITY AS u(p, i)`,
      [ids.map((p) => p.participant), contest],
    );
    const one = async (p: (typeof ids)[number]) => {
      const c = await pool.connect();
      try {
        await c.query("BEGIN");
        await c.query(
          `INSERT INTO "Attempt" (id, "roundId", "participantId", number, status, "inProgressKey", "startedAt", deadline) VALUES ($1, $2, $3, 1, 'IN_PROGRESS', $4, now(), now() + interval '20 minutes')`,
          [p.attempt, round, p.participant, `${p.participant}:${round}`],
        );
        await c.query(
          `INSERT INTO "AttemptItem" ("attemptId", position, "questionVersionId", "optionOrder") SELECT $1, g, $2, '0,1,2,3' FROM generate_series(0, $3::int - 1) g`,
          [p.attempt, qv, Q],
        );
        await c.query("COMMIT");
      } finally {
        c.release();
      }
      for (let k = 0; k < Q; k++) {
        await pool.query(
          `UPDATE "AttemptItem" i SET "chosenIndex" = $1, "savedAt" = now() FROM "Attempt" a WHERE i."attemptId" = $2 AND i.position = $3 AND a.id = i."attemptId" AND a.status = 'IN_PROGRESS'`,
          [k % 4, p.attempt, k],
        );
      }
      await pool.query(`UPDATE "Attempt" SET prediction = 1234 WHERE id = $1 AND status = 'IN_PROGRESS'`, [p.attempt]);
      const c2 = await pool.connect();
      try {
        await c2.query("BEGIN");
        await c2.query(`UPDATE "AttemptItem" SET "isCorrect" = ("chosenIndex" = 0) WHERE "attemptId" = $1`, [p.attempt]);
        await c2.query(
          `UPDATE "Attempt" SET status = 'SUBMITTED', "inProgressKey" = NULL, "submittedAt" = now(), "durationMs" = 1000, "correctCount" = (SELECT count(*) FROM "AttemptItem" WHERE "attemptId" = $1 AND "isCorrect") WHERE id = $1 AND status = 'IN_PROGRESS'`,
          [p.attempt],
        );
        await c2.query("COMMIT");
      } finally {
        c2.release();
      }
      writes += Q + 3;
    };
    const t0 = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: Number(a.concurrency) }, async () => {
        while (next < ids.length) await one(ids[next++]);
      }),
    );
    ms = performance.now() - t0;
    await pool.end();
  }
  summary({
    bench: "ceiling",
    db: target.provider,
    participants: N,
    questions: Q,
    writeTransactions: writes,
    seconds: Math.round(ms) / 1000,
    writesPerSec: Math.round((writes / ms) * 1000),
    machine: machine(),
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
