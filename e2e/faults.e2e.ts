// Fault tests (issue 10, item 3) against the production build, over HTTP the way the browser calls
// the quiz's server actions (e2e/http-actions.ts):
//   1. the server is killed with SIGKILL in the middle of a burst of saves, predictions and
//      submits; after a restart every acknowledged write is in the database;
//   2. PostgreSQL "restarts" (a TCP proxy between the app and PostgreSQL drops every connection and
//      refuses new ones for a few seconds): requests fail cleanly, the server survives and recovers;
//   3. another connection holds SQLite's write lock: a save waits for it or answers a retryable
//      Vietnamese error, and the server stays healthy.
// Tests 1 and 2 start their own servers (ports after E2E_PORT); test 3 uses the one e2e/run.mjs started.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer, connect, type Server, type Socket } from "node:net";
import { join } from "node:path";
import Database from "better-sqlite3";
import { Client } from "pg";
import { optionIndexOfToken, participantCookie, QuizClient, quizActionIds, type QuizActionIds } from "./http-actions";

const ROOT = process.cwd();
const SECRET = process.env.NEXTAUTH_SECRET ?? "";
const E2E_DB_FILE = process.env.E2E_DB_FILE ?? join(ROOT, "data", "e2e", "e2e.db");
const BASE = process.env.E2E_BASE_URL ?? "http://127.0.0.1:3210";
const PG_ADMIN_URL = process.env.PG_E2E_ADMIN_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
const DB_BUSY = "Hệ thống đang bận";

let ids: QuizActionIds;
beforeAll(() => {
  if (!SECRET) throw new Error("NEXTAUTH_SECRET must be set (npm run test:e2e sets it)");
  ids = quizActionIds(ROOT);
});

// ---------- servers and ports ----------

const usedPorts = new Set<number>();

/** A free port among the few after E2E_PORT (the range this suite may use). */
async function freePort(): Promise<number> {
  const first = Number(new URL(BASE).port) + 1;
  for (let port = first; port < first + 19; port++) {
    if (usedPorts.has(port)) continue;
    const free = await new Promise<boolean>((resolve) => {
      const s = createServer().once("error", () => resolve(false));
      s.listen(port, "127.0.0.1", () => s.close(() => resolve(true)));
    });
    if (free) {
      usedPorts.add(port);
      return port;
    }
  }
  throw new Error(`No free port after ${first - 1}`);
}

interface AppServer {
  url: string;
  child: ChildProcess;
  output: () => string;
  alive: () => boolean;
  exited: Promise<NodeJS.Signals | number | null>;
}

async function health(url: string, timeoutMs = 10_000): Promise<number> {
  const r = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(timeoutMs) });
  await r.arrayBuffer();
  return r.status;
}

/** Polls /api/health until it answers 200; returns the milliseconds it took. */
async function waitHealthy(url: string, withinMs: number, server?: AppServer): Promise<number> {
  const t0 = Date.now();
  for (;;) {
    if (server && !server.alive()) throw new Error(`The server exited:\n${server.output()}`);
    try {
      if ((await health(url, 5_000)) === 200) return Date.now() - t0;
    } catch {
      // not listening yet
    }
    if (Date.now() - t0 > withinMs) throw new Error(`No healthy server at ${url} after ${withinMs} ms\n${server?.output() ?? ""}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** `next start` on its own database, with the environment e2e/run.mjs gives its server. */
async function startApp(databaseUrl: string, port: number, extraEnv: Record<string, string> = {}): Promise<AppServer> {
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [join(ROOT, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: databaseUrl, PUBLIC_URL: url, RATE_LIMIT_DISABLED: "1", LOG_LEVEL: "warn", ...extraEnv },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const keep = (d: Buffer) => (out = (out + d.toString()).slice(-8_000));
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.once("exit", (code, signal) => resolve(signal ?? code)));
  const server: AppServer = { url, child, output: () => out, alive: () => child.exitCode === null && child.signalCode === null, exited };
  await waitHealthy(url, 60_000, server);
  return server;
}

async function stopApp(server: AppServer | undefined): Promise<void> {
  if (!server?.alive()) return;
  server.child.kill("SIGTERM");
  await server.exited;
}

// ---------- participants ----------

interface Person {
  id: string;
  contestId: string;
  name: string;
}

function participantRows(prefix: string, contestId: string, count: number): Person[] {
  return Array.from({ length: count }, (_, i) => ({ id: `${prefix}-${String(i).padStart(3, "0")}`, contestId, name: `Thí sinh lỗi ${i}` }));
}

function participantValues(p: Person, i: number, serial: number) {
  const s = String(serial).padStart(4, "0");
  return [
    p.id,
    p.contestId,
    p.name,
    `thi sinh loi ${i}`,
    "1990-01-01",
    "MALE",
    `0990${s}${String(i).padStart(4, "0")}`,
    `038${s}${String(i).padStart(3, "0")}`,
    "NGUOI_DAN",
    "!e2e-faults",
  ];
}

const INSERT_PARTICIPANT_COLUMNS = `id, "contestId", "fullName", "fullNameSearch", "birthDate", gender, cccd, phone, "group", "passwordHash", "registeredAt", "updatedAt"`;

/** The featured contest's open round and new participants, written straight into a SQLite file. */
function prepareSqlite(file: string, prefix: string, count: number): { roundId: string; questionCount: number; people: Person[] } {
  const db = new Database(file, { timeout: 10_000 });
  try {
    const at = new Date().toISOString().replace("Z", "+00:00");
    const round = db
      .prepare(
        `SELECT r.id, r."questionCount", r."contestId" FROM "Round" r JOIN "Contest" c ON c.id = r."contestId" WHERE c."isFeatured" = 1 AND r.status = 'OPEN' AND r."opensAt" <= ? AND r."closesAt" >= ?`,
      )
      .get(at, at) as { id: string; questionCount: number; contestId: string } | undefined;
    if (!round) throw new Error("The seeded database has no open round of the featured contest");
    const people = participantRows(prefix, round.contestId, count);
    const insert = db.prepare(`INSERT INTO "Participant" (${INSERT_PARTICIPANT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const serial = Number(String(Date.now()).slice(-4)) % 9000;
    db.transaction(() => people.forEach((p, i) => insert.run(...participantValues(p, i, serial), at, at)))();
    return { roundId: round.id, questionCount: round.questionCount, people };
  } finally {
    db.close();
  }
}

async function clientsFor(base: string, people: Person[], timeoutMs: number): Promise<QuizClient[]> {
  return Promise.all(people.map(async (p) => new QuizClient(base, ids, await participantCookie(SECRET, p), timeoutMs)));
}

// ---------- 1. kill -9 during a burst ----------

describe("the server is killed (SIGKILL) in the middle of a burst of writes", () => {
  const file = join(ROOT, "data", "e2e", `faults-kill-${process.pid}.db`);
  let server: AppServer | undefined;

  afterAll(async () => {
    await stopApp(server);
    for (const s of ["", "-wal", "-shm"]) rmSync(file + s, { force: true });
  });

  test("every acknowledged save, prediction and submit is in the database after a restart", async () => {
    // A consistent copy of the seeded e2e database (the online backup includes the WAL's content).
    const source = new Database(E2E_DB_FILE, { timeout: 10_000 });
    source.pragma("wal_checkpoint(TRUNCATE)");
    await source.backup(file);
    source.close();
    const N = 30;
    const { roundId, questionCount, people } = prepareSqlite(file, "kill", N);
    const port = await freePort();
    server = await startApp(`file:${file}`, port);
    const clients = await clientsFor(server.url, people, 30_000);

    const attempts = await Promise.all(
      clients.map(async (c) => {
        const { attemptId, reply } = await c.start(roundId);
        if (!attemptId) throw new Error(`start failed: ${reply.status} ${reply.text.slice(-200)}`);
        const page = await c.page(attemptId);
        expect(page.questions).toHaveLength(questionCount);
        return { client: c, attemptId, questions: page.questions };
      }),
    );

    // The burst: a third of the people click fast (all their saves at once), the rest one by one;
    // each then sets the prediction and submits. SIGKILL once 40% of the requests were answered
    // and a few submits were acknowledged, so the kill lands with many requests in flight.
    const total = N * (questionCount + 2);
    const acked = { saves: new Map<string, number>(), predictions: new Map<string, number>(), submits: new Set<string>() };
    let answered = 0;
    let networkErrors = 0;
    let killedAfter = -1;
    const count = () => {
      answered++;
      if (killedAfter < 0 && answered >= total * 0.4 && acked.submits.size >= 3) {
        killedAfter = answered;
        server!.child.kill("SIGKILL");
      }
    };
    const journey = async ({ client, attemptId, questions }: (typeof attempts)[number], i: number) => {
      const saveOne = async (q: number) => {
        const { position, tokens } = questions[q];
        const token = tokens[(q + i) % tokens.length];
        const r = await client.save(attemptId, position, token);
        if (r.ok) acked.saves.set(`${attemptId}:${position}`, optionIndexOfToken(attemptId, position, token)!);
        count();
        if (!r.ok) throw new Error(`save refused: ${r.status}`);
      };
      try {
        if (i % 3 === 0) await Promise.all(questions.map((_, q) => saveOne(q)));
        else for (let q = 0; q < questions.length; q++) await saveOne(q);
        const prediction = 5000 + i;
        const p = await client.predict(attemptId, prediction);
        if (p.ok) acked.predictions.set(attemptId, prediction);
        count();
        const s = await client.submit(attemptId);
        if (s.ok) acked.submits.add(attemptId);
        count();
      } catch (err) {
        if (!(err instanceof Error && err.message.startsWith("save refused"))) networkErrors++;
      }
    };
    await Promise.all(attempts.map(journey));
    await server.exited;

    expect(killedAfter).toBeGreaterThan(0); // the kill happened before the burst ended
    expect(networkErrors).toBeGreaterThan(0); // with requests in flight
    expect(acked.submits.size).toBeGreaterThanOrEqual(3);
    expect(acked.saves.size).toBeGreaterThan(total * 0.3);

    // Restart on the same file: SQLite recovers the WAL; then read what survived.
    server = await startApp(`file:${file}`, port);
    expect(await health(server.url)).toBe(200);
    const check = new Database(file, { readonly: true });
    try {
      expect(check.pragma("integrity_check", { simple: true })).toBe("ok");
      const items = check
        .prepare(`SELECT "attemptId", position, "chosenIndex", "savedAt" FROM "AttemptItem" WHERE "attemptId" IN (SELECT value FROM json_each(?))`)
        .all(JSON.stringify(attempts.map((a) => a.attemptId))) as {
        attemptId: string;
        position: number;
        chosenIndex: number | null;
        savedAt: string | null;
      }[];
      const stored = new Map(items.map((it) => [`${it.attemptId}:${it.position}`, it]));
      const lostSaves = [...acked.saves].filter(([key, index]) => stored.get(key)?.chosenIndex !== index || stored.get(key)?.savedAt == null);
      expect(lostSaves).toEqual([]);
      const rows = check
        .prepare(`SELECT id, status, prediction FROM "Attempt" WHERE id IN (SELECT value FROM json_each(?))`)
        .all(JSON.stringify(attempts.map((a) => a.attemptId))) as {
        id: string;
        status: string;
        prediction: number | null;
      }[];
      const byId = new Map(rows.map((r) => [r.id, r]));
      expect([...acked.predictions].filter(([id, value]) => byId.get(id)?.prediction !== value)).toEqual([]);
      expect([...acked.submits].filter((id) => byId.get(id)?.status !== "SUBMITTED")).toEqual([]);
      const perPerson = check.prepare(`SELECT count(*) AS n FROM "Attempt" WHERE "participantId" LIKE 'kill-%'`).get() as { n: number };
      expect(perPerson.n).toBe(N); // one attempt each: the burst and the restart made no duplicates
    } finally {
      check.close();
    }

    // An attempt the kill interrupted can be continued: resume, answer, submit.
    const unfinished = attempts.find((a) => !acked.submits.has(a.attemptId));
    expect(unfinished).toBeDefined();
    const { client, attemptId } = unfinished!;
    const resumed = await client.start(roundId);
    expect(resumed.attemptId).toBe(attemptId);
    const page = await client.page(attemptId);
    expect(page.questions).toHaveLength(questionCount);
    const last = page.questions[questionCount - 1];
    const save = await client.save(attemptId, last.position, last.tokens[0]);
    expect(save.text).toContain('"ok":true');
    const submit = await client.submit(attemptId);
    expect(submit.text).toContain('"ok":true');
    const after = new Database(file, { readonly: true });
    try {
      const row = after
        .prepare(`SELECT a.status, i."chosenIndex" FROM "Attempt" a JOIN "AttemptItem" i ON i."attemptId" = a.id WHERE a.id = ? AND i.position = ?`)
        .get(attemptId, last.position);
      expect(row).toEqual({ status: "SUBMITTED", chosenIndex: optionIndexOfToken(attemptId, last.position, last.tokens[0]) });
    } finally {
      after.close();
    }
  });
});

// ---------- 2. PostgreSQL restarts ----------

/** A TCP proxy in front of PostgreSQL that can play a restart: drop everything, refuse, come back. */
class PgProxy {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  constructor(
    readonly port: number,
    private readonly target: { host: string; port: number },
  ) {}

  listen(): Promise<void> {
    this.server = createServer((inbound) => {
      const outbound = connect(this.target.port, this.target.host);
      for (const s of [inbound, outbound]) {
        this.sockets.add(s);
        s.on("error", () => undefined);
        s.on("close", () => {
          this.sockets.delete(s);
          inbound.destroy();
          outbound.destroy();
        });
      }
      inbound.pipe(outbound);
      outbound.pipe(inbound);
    });
    return new Promise((resolve, reject) => this.server!.once("error", reject).listen(this.port, "127.0.0.1", () => resolve()));
  }

  /** Like PostgreSQL going down: every connection cut, new ones refused (nothing listens). */
  async down(): Promise<void> {
    const s = this.server;
    this.server = null;
    const closed = new Promise<void>((resolve) => (s ? s.close(() => resolve()) : resolve()));
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }
}

async function pgAdmin<T>(fn: (c: Client) => Promise<T>, url = PG_ADMIN_URL): Promise<T> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

describe("PostgreSQL restarts while the server runs", () => {
  const dbName = `e2e_faults_${process.pid}`;
  const direct = new URL(PG_ADMIN_URL);
  direct.pathname = `/${dbName}`;
  let server: AppServer | undefined;
  let proxy: PgProxy | undefined;

  afterAll(async () => {
    await stopApp(server);
    await proxy?.down();
    await pgAdmin((c) => c.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`));
  });

  test("requests during the outage fail cleanly, the server survives and recovers within seconds", async () => {
    await pgAdmin(async (c) => {
      await c.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
      await c.query(`CREATE DATABASE "${dbName}"`);
    });
    // The migrations' SQL, applied in order (what scripts/migrate.mts applies, without the
    // migration engine's start-up, which costs ~13 s here), then the seed.
    const migrations = join(ROOT, "prisma", "migrations", "postgresql");
    const folders = readdirSync(migrations, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    await pgAdmin(async (c) => {
      for (const f of folders) await c.query(readFileSync(join(migrations, f, "migration.sql"), "utf8"));
    }, direct.toString());
    execFileSync(process.execPath, [join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"), "prisma/seed.ts"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: direct.toString(), SEED_HISTORY_SIZE: "1" },
      stdio: "pipe",
    });
    const { roundId, people } = await pgAdmin(async (c) => {
      const round = await c.query(
        `SELECT r.id, r."contestId" FROM "Round" r JOIN "Contest" c ON c.id = r."contestId" WHERE c."isFeatured" AND r.status = 'OPEN' AND r."opensAt" <= now() AND r."closesAt" >= now()`,
      );
      expect(round.rows).toHaveLength(1);
      const people = participantRows("pg", round.rows[0].contestId, 2);
      for (const [i, p] of people.entries()) {
        await c.query(
          `INSERT INTO "Participant" (${INSERT_PARTICIPANT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now(), now())`,
          participantValues(p, i, 1234),
        );
      }
      return { roundId: round.rows[0].id as string, people };
    }, direct.toString());

    proxy = new PgProxy(await freePort(), { host: direct.hostname, port: Number(direct.port || 5432) });
    await proxy.listen();
    const viaProxy = new URL(direct.toString());
    viaProxy.port = String(proxy.port);
    server = await startApp(viaProxy.toString(), await freePort(), { DATABASE_POOL_SIZE: "4" });
    const [first, second] = await clientsFor(server.url, people, 20_000);

    // Before: pages, a start and a save work.
    expect((await fetch(`${server.url}/`, { signal: AbortSignal.timeout(20_000) })).status).toBe(200);
    const { attemptId } = await first.start(roundId);
    expect(attemptId).toBeTruthy();
    const page = await first.page(attemptId!);
    expect(page.questions.length).toBeGreaterThan(2);
    const [q0, q1, q2] = page.questions;
    expect((await first.save(attemptId!, q0.position, q0.tokens[0])).ok).toBe(true);

    // The outage: every request answers (a client timeout of 20 s would reject), none succeeds.
    await proxy.down();
    const outageStarted = Date.now();
    const during = await Promise.allSettled([
      health(server.url, 20_000),
      first.save(attemptId!, q1.position, q1.tokens[1]),
      second.start(roundId),
      fetch(`${server.url}/thi/${attemptId}`, { headers: { Cookie: first.cookie }, signal: AbortSignal.timeout(20_000) }).then((r) => r.status),
    ]);
    const duringMs = Date.now() - outageStarted;
    expect(during.map((d) => d.status)).toEqual(["fulfilled", "fulfilled", "fulfilled", "fulfilled"]);
    const [h, save, start, attemptPage] = during.map((d) => (d as PromiseFulfilledResult<unknown>).value) as [
      number,
      Awaited<ReturnType<QuizClient["save"]>>,
      Awaited<ReturnType<QuizClient["start"]>>,
      number,
    ];
    expect(h).toBe(503);
    expect(save.ok).toBe(false);
    expect(start.attemptId).toBeNull();
    expect(attemptPage === 200 || attemptPage >= 500).toBe(true); // an error page (or a friendly one), never "not found"
    if (save.status === 503) expect(save.text).toContain(DB_BUSY); // the retryable result, when the guard is in
    await new Promise((r) => setTimeout(r, Math.max(0, 3_000 - duringMs)));
    expect(server.alive()).toBe(true);

    // PostgreSQL is back: health within a few seconds, then writes are acknowledged and stored.
    await proxy.listen();
    expect(await waitHealthy(server.url, 5_000, server)).toBeLessThan(5_000);
    const again = await first.save(attemptId!, q2.position, q2.tokens[2]);
    expect(again.text).toContain('"ok":true');
    const secondStart = await second.start(roundId);
    expect(secondStart.attemptId).toBeTruthy();
    const stored = await pgAdmin(
      (c) =>
        c.query(
          `SELECT position, "chosenIndex", "savedAt" IS NOT NULL AS saved FROM "AttemptItem" WHERE "attemptId" = $1 AND position = ANY($2) ORDER BY position`,
          [attemptId, [q0.position, q2.position]],
        ),
      direct.toString(),
    );
    expect(stored.rows).toEqual([
      { position: q0.position, chosenIndex: optionIndexOfToken(attemptId!, q0.position, q0.tokens[0]), saved: true },
      { position: q2.position, chosenIndex: optionIndexOfToken(attemptId!, q2.position, q2.tokens[2]), saved: true },
    ]);
    expect(server.alive()).toBe(true);
  });
});

// ---------- 3. a busy SQLite database ----------

describe("another connection holds the SQLite write lock", () => {
  test("a save waits for the lock or answers a retryable Vietnamese error; the server stays healthy", async () => {
    const { roundId, people } = prepareSqlite(E2E_DB_FILE, `busy${String(Date.now()).slice(-5)}`, 1);
    const [client] = await clientsFor(BASE, people, 30_000);
    const { attemptId } = await client.start(roundId);
    expect(attemptId).toBeTruthy();
    const page = await client.page(attemptId!);
    const [q0, q1] = page.questions;

    const HOLD_MS = 3_000;
    const lock = new Database(E2E_DB_FILE, { timeout: 10_000 });
    let save: Awaited<ReturnType<QuizClient["save"]>>;
    const t0 = Date.now();
    try {
      lock.exec("BEGIN IMMEDIATE");
      const pending = client.save(attemptId!, q0.position, q0.tokens[1]);
      await new Promise((r) => setTimeout(r, HOLD_MS));
      lock.exec("ROLLBACK");
      save = await pending;
    } finally {
      if (lock.inTransaction) lock.exec("ROLLBACK");
      lock.close();
    }
    const elapsed = Date.now() - t0;

    if (save.ok) {
      expect(elapsed).toBeGreaterThanOrEqual(HOLD_MS - 100); // it waited for the lock
    } else {
      expect(save.status).toBe(503); // "busy, send again" — an answer, not a crashed request
      expect(save.text).toContain(DB_BUSY);
      expect(save.text).toContain('"retryable":true');
    }
    expect(await health(BASE)).toBe(200);
    const next = await client.save(attemptId!, q1.position, q1.tokens[0]);
    expect(next.text).toContain('"ok":true');
    const check = new Database(E2E_DB_FILE, { readonly: true });
    try {
      const rows = check
        .prepare(`SELECT position, "chosenIndex" FROM "AttemptItem" WHERE "attemptId" = ? AND position IN (?, ?) ORDER BY position`)
        .all(attemptId, q0.position, q1.position);
      expect(rows).toEqual([
        { position: q0.position, chosenIndex: save.ok ? optionIndexOfToken(attemptId!, q0.position, q0.tokens[1]) : null },
        { position: q1.position, chosenIndex: optionIndexOfToken(attemptId!, q1.position, q1.tokens[0]) },
      ]);
    } finally {
      check.close();
    }
  });
});
