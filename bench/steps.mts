// bench:steps — where a quiz request's time goes: the server's CPU time per request, one kind of
// request at a time (a trivial route, a prerendered page, start, attempt page, save, prediction,
// submit), read from the server process's /proc/<pid>/stat (Linux) before and after each phase.
// A few clients at a time, so each request pays Next's full per-request cost; docs/PERFORMANCE.md.
//   npm run bench:steps -- [--db sqlite|postgresql] [--participants 100] [--clients 4]
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createClient } from "../lib/db/client";
import { fixedClock } from "../lib/time";
import { runSeed } from "../prisma/seed-lib";
import { participantCookie, QuizClient, quizActionIds } from "../e2e/http-actions";
import { args, machine, summary } from "./lib/common";
import { freshDatabase, root } from "./lib/database";
import { startServer } from "./lib/server";

const a = args({ db: "sqlite", participants: "100", clients: "4", port: "3350" });
const N = Number(a.participants);
const CLIENTS = Number(a.clients);
const SECRET = process.env.NEXTAUTH_SECRET || "bench-secret-not-for-production-0000000";
process.env.NEXTAUTH_SECRET = SECRET;

/** CPU time (user + system, ms) of the process listening on `port`. */
function serverCpuMs(port: number): number {
  const out = execFileSync("ss", ["-ltnpH", `sport = :${port}`], { encoding: "utf8" });
  const pid = /pid=(\d+)/.exec(out)?.[1];
  if (!pid) throw new Error(`No process listens on port ${port} (bench:steps needs Linux's ss and /proc)`);
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime in clock ticks (100 Hz)
  return ticks * 10;
}

const results: Record<string, { requests: number; serverCpuMsPerRequest: number; wallMsPerRequest: number }> = {};

async function phase<T>(name: string, port: number, items: T[], fn: (x: T) => Promise<void>): Promise<void> {
  const cpu0 = serverCpuMs(port);
  const t0 = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < items.length) await fn(items[next++]);
    }),
  );
  const wall = performance.now() - t0;
  const cpu = serverCpuMs(port) - cpu0;
  const r2 = (x: number) => Math.round(x * 100) / 100;
  results[name] = { requests: items.length, serverCpuMsPerRequest: r2(cpu / items.length), wallMsPerRequest: r2(wall / items.length) };
  console.error(`${name.padEnd(11)} ${JSON.stringify(results[name])}`);
}

async function main() {
  const target = await freshDatabase(a.db, `bench_steps_${a.db}`);
  const db = createClient(target.url);
  await runSeed(db, { clock: fixedClock(new Date()), staffPassword: "bench-only-password", historySize: 10 });
  const contest = await db.contest.findFirstOrThrow({ where: { isFeatured: true }, select: { id: true } });
  const now = new Date();
  const round = await db.round.findFirstOrThrow({ where: { contestId: contest.id, opensAt: { lte: now }, closesAt: { gte: now } }, select: { id: true } });
  const people = Array.from({ length: N }, (_, i) => ({
    id: `steps-${String(i).padStart(6, "0")}`,
    contestId: contest.id,
    fullName: `Thí sinh ${i}`,
    fullNameSearch: `thi sinh ${i}`,
    birthDate: "1990-01-01",
    gender: "MALE" as const,
    cccd: `099091${String(i).padStart(6, "0")}`,
    phone: `038${String(i).padStart(7, "0")}`,
    group: "NGUOI_DAN" as const,
    passwordHash: "!bench",
  }));
  await db.participant.createMany({ data: people });
  const port = Number(a.port);
  const server = await startServer(target, port);
  try {
    const ids = quizActionIds(root);
    const clients = await Promise.all(
      people.map(async (p) => new QuizClient(server.url, ids, await participantCookie(SECRET, { id: p.id, contestId: contest.id, name: p.fullName }))),
    );
    const many = Array.from({ length: Math.max(200, N * 5) });
    const get = async (path: string) => {
      const r = await fetch(`${server.url}${path}`);
      await r.text();
      if (!r.ok) throw new Error(`${path}: ${r.status}`);
    };
    // Warm-up (module loading, JIT) outside the measured phases.
    for (let i = 0; i < 100; i++) await Promise.all([get("/api/time"), get("/")]);
    await phase("time", port, many, () => get("/api/time"));
    await phase("home", port, many, () => get("/"));
    const started: { c: QuizClient; attemptId: string }[] = [];
    await phase("start", port, clients, async (c) => {
      const s = await c.start(round.id);
      if (!s.attemptId) throw new Error(`start: ${s.reply.status}`);
      started.push({ c, attemptId: s.attemptId });
    });
    const questions = new Map<string, { position: number; tokens: string[] }[]>();
    await phase("page", port, started, async ({ c, attemptId }) => {
      const p = await c.page(attemptId);
      if (p.questions.length === 0) throw new Error(`page ${p.status}`);
      questions.set(attemptId, p.questions);
    });
    const saves = started.flatMap(({ c, attemptId }) => questions.get(attemptId)!.map((q) => ({ c, attemptId, q })));
    await phase("save", port, saves, async ({ c, attemptId, q }) => {
      const r = await c.save(attemptId, q.position, q.tokens[0]);
      if (!r.ok) throw new Error(`save ${r.status} ${r.text.slice(0, 200)}`);
    });
    await phase("prediction", port, started, async ({ c, attemptId }) => {
      const r = await c.predict(attemptId, 1234);
      if (!r.ok) throw new Error(`prediction ${r.status}`);
    });
    await phase("submit", port, started, async ({ c, attemptId }) => {
      const r = await c.submit(attemptId);
      if (!r.ok) throw new Error(`submit ${r.status}`);
    });
  } finally {
    await server.stop();
    await db.$disconnect();
  }
  summary({ bench: "steps", db: target.provider, participants: N, clients: CLIENTS, steps: results, machine: machine() });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
