// bench:surge — the deadline rush over HTTP, the way the browser does it: N participants
// (registered beforehand, signed in) each start an attempt (the Start server action, whose response
// carries the attempt page), save an answer for every question (one JSON request each), set the
// prediction and submit. Arrivals are spread over the first half of the window. Then the database
// is checked: every acknowledged save and submit must be there exactly once. (When the start's
// response comes without the page, the page is loaded as the browser would: step "page".)
//   npm run bench:surge -- [--db sqlite|postgresql] [--participants 3000] [--window 60]
//                          [--instances 1] [--url http://…]
// --instances N starts N app servers on the same database (consecutive ports) and spreads the
// participants over them round-robin, as a load balancer would (docs/OPERATIONS.md).
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { createClient } from "../lib/db/client";
import { fixedClock } from "../lib/time";
import { runSeed } from "../prisma/seed-lib";
import { optionIndexOfToken, participantCookie, QuizClient, quizActionIds, type QuizActionIds } from "../e2e/http-actions";
import { args, machine, percentiles, summary } from "./lib/common";
import { freshDatabase, root } from "./lib/database";
import { startServer, type RunningServer } from "./lib/server";

const a = args({ db: "sqlite", participants: "3000", window: "60", port: "3300", ceiling: "", instances: "1" });
const INSTANCES = Math.max(1, Number(a.instances) || 1);
const N = Number(a.participants);
const WINDOW_MS = Number(a.window) * 1000;
const SECRET = process.env.NEXTAUTH_SECRET || "bench-secret-not-for-production-0000000";
process.env.NEXTAUTH_SECRET = SECRET; // optionIndexOfToken must hash like the server does

type Step = "start" | "page" | "save" | "prediction" | "submit";
const latency: Record<Step, number[]> = { start: [], page: [], save: [], prediction: [], submit: [] };
const errors: { step: Step; message: string }[] = [];
const acknowledged = { starts: 0, saves: new Map<string, number>(), predictions: new Set<string>(), submits: new Set<string>() };

async function timed<T>(step: Step, fn: () => Promise<T>): Promise<T> {
  const t = performance.now();
  try {
    return await fn();
  } catch (err) {
    throw Object.assign(err as Error, { step: (err as { step?: Step }).step ?? step });
  } finally {
    latency[step].push(performance.now() - t);
  }
}

function stepError(step: Step, message: string): Error {
  return Object.assign(new Error(message), { step });
}

async function participantJourney(base: string, ids: QuizActionIds, roundId: string, cookie: string) {
  const client = new QuizClient(base, ids, cookie, 120_000);
  const started = await timed("start", () => client.start(roundId));
  const attemptId = started.attemptId;
  if (!attemptId) throw stepError("start", `start: no redirect (${started.reply.status})`);
  acknowledged.starts++;
  // When Next could not put the attempt page into the start's response (it fetches it from itself,
  // which can fail under load), the browser's router loads the page: so does the bench.
  let questions = started.questions;
  if (questions.length === 0) {
    const page = await timed("page", () => client.page(attemptId));
    if (page.status !== 200 || page.questions.length === 0) throw stepError("page", `page ${page.status}: no questions found`);
    questions = page.questions;
  }

  for (const [q, { position, tokens }] of questions.entries()) {
    const token = tokens[q % tokens.length];
    const res = await timed("save", () => client.save(attemptId, position, token));
    if (!res.ok) throw stepError("save", `save ${res.status} ${res.text.slice(-200)}`);
    acknowledged.saves.set(`${attemptId}:${position}`, optionIndexOfToken(attemptId, position, token) ?? -1);
  }
  const pred = await timed("prediction", () => client.predict(attemptId, 1000 + (N % 97)));
  if (!pred.ok) throw stepError("prediction", `prediction ${pred.status}`);
  acknowledged.predictions.add(attemptId);
  const sub = await timed("submit", () => client.submit(attemptId));
  if (!sub.ok) throw stepError("submit", `submit ${sub.status} ${sub.text.slice(-200)}`);
  acknowledged.submits.add(attemptId);
}

async function main() {
  const target = await freshDatabase(a.db, `bench_surge_${a.db}`);
  const db = createClient(target.url);
  await runSeed(db, { clock: fixedClock(new Date()), staffPassword: "bench-only-password", historySize: 10 });
  const contest = await db.contest.findFirstOrThrow({ where: { isFeatured: true }, select: { id: true } });
  const now = new Date();
  const round = await db.round.findFirstOrThrow({
    where: { contestId: contest.id, opensAt: { lte: now }, closesAt: { gte: now } },
    select: { id: true, questionCount: true },
  });
  const people = Array.from({ length: N }, (_, i) => ({
    id: `bench-${String(i).padStart(6, "0")}`,
    contestId: contest.id,
    fullName: `Thí sinh ${i}`,
    fullNameSearch: `thi sinh ${i}`,
    birthDate: "1990-01-01",
    gender: "MALE" as const,
    cccd: `099090${String(i).padStart(6, "0")}`,
    phone: `039${String(i).padStart(7, "0")}`,
    group: "NGUOI_DAN" as const,
    passwordHash: "!bench",
  }));
  for (let i = 0; i < people.length; i += 500) await db.participant.createMany({ data: people.slice(i, i + 500) });
  // Signed in beforehand: a session cookie per participant, as next-auth would have set it.
  const cookies = await Promise.all(people.map((p) => participantCookie(SECRET, { id: p.id, contestId: contest.id, name: p.fullName })));

  const servers: RunningServer[] = [];
  if (!a.url) for (let k = 0; k < INSTANCES; k++) servers.push(await startServer(target, Number(a.port) + k));
  const bases = a.url ? [a.url] : servers.map((s) => s.url);
  const ids = quizActionIds(root);

  const t0 = performance.now();
  let completed = 0;
  await Promise.all(
    cookies.map(async (cookie, i) => {
      await new Promise((r) => setTimeout(r, (i / N) * (WINDOW_MS / 2)));
      try {
        await participantJourney(bases[i % bases.length], ids, round.id, cookie);
        completed++;
      } catch (err) {
        const e = err as Error & { step?: Step };
        errors.push({ step: e.step ?? "start", message: e.message.slice(0, 200) });
      }
    }),
  );
  const elapsedMs = performance.now() - t0;
  await Promise.all(servers.map((s) => s.stop()));

  // Verification: every acknowledged write is in the database, exactly once.
  const attempts = await db.attempt.findMany({
    where: { roundId: round.id, participantId: { startsWith: "bench-" } },
    select: { id: true, participantId: true, status: true, prediction: true, items: { select: { position: true, chosenIndex: true, savedAt: true } } },
  });
  let lost = 0;
  const perPerson = new Map<string, number>();
  for (const att of attempts) perPerson.set(att.participantId, (perPerson.get(att.participantId) ?? 0) + 1);
  const duplicates = [...perPerson.values()].filter((n) => n > 1).length;
  const byId = new Map(attempts.map((x) => [x.id, x]));
  for (const [key, index] of acknowledged.saves) {
    const [attemptId, pos] = key.split(":");
    const item = byId.get(attemptId)?.items.find((it) => it.position === Number(pos));
    if (!item || item.savedAt === null || item.chosenIndex !== index) lost++;
  }
  for (const id of acknowledged.predictions) if (byId.get(id)?.prediction == null) lost++;
  for (const id of acknowledged.submits) if (byId.get(id)?.status !== "SUBMITTED") lost++;
  await db.$disconnect();

  const writes = acknowledged.starts + acknowledged.saves.size + acknowledged.predictions.size + acknowledged.submits.size;
  const requests = Object.values(latency).reduce((s, l) => s + l.length, 0);
  const writesPerSec = Math.round((writes / elapsedMs) * 1000);
  let ceiling = a.ceiling ? Number(a.ceiling) : null;
  if (ceiling === null && a.db === "sqlite") {
    const out = execFileSync(
      process.execPath,
      [join(root, "node_modules", "tsx", "dist", "cli.mjs"), "bench/ceiling.mts", "--db", a.db, "--participants", String(Math.min(N, 1000))],
      { cwd: root, encoding: "utf8" },
    );
    ceiling = (JSON.parse(out.trim().split("\n").pop()!) as { writesPerSec: number }).writesPerSec;
  }
  const errorKinds: Record<string, number> = {};
  for (const e of errors) errorKinds[`${e.step}: ${e.message.slice(0, 60)}`] = (errorKinds[`${e.step}: ${e.message.slice(0, 60)}`] ?? 0) + 1;
  if (errors.length) console.error("Errors:", JSON.stringify(errorKinds, null, 1));
  summary({
    bench: "surge",
    db: target.provider,
    participants: N,
    instances: bases.length,
    questions: round.questionCount,
    windowSec: WINDOW_MS / 1000,
    elapsedSec: Math.round(elapsedMs) / 1000,
    withinWindow: elapsedMs <= WINDOW_MS,
    completed,
    errors: errors.length,
    lost,
    duplicateAttempts: duplicates,
    requests,
    requestsPerSec: Math.round((requests / elapsedMs) * 1000),
    writesPerSec,
    ceilingWritesPerSec: ceiling,
    ratioToCeiling: ceiling ? Math.round((writesPerSec / ceiling) * 1000) / 1000 : null,
    latencyMs: Object.fromEntries(Object.entries(latency).map(([k, v]) => [k, percentiles(v)])),
    machine: machine(),
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
