// bench:pages — requests per second of the public pages (home, rules, results) under 50
// connections, and the first-load JavaScript of the attempt page (gzip bytes of every script the
// page loads), on a server it starts (or --url).
//   npm run bench:pages -- [--db sqlite|postgresql] [--seconds 10] [--connections 50]
import autocannon from "autocannon";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { createClient } from "../lib/db/client";
import { fixedClock } from "../lib/time";
import { runSeed } from "../prisma/seed-lib";
import { participantCookie, QuizClient, quizActionIds } from "../e2e/http-actions";
import { args, machine, summary } from "./lib/common";
import { freshDatabase, root } from "./lib/database";
import { startServer, type RunningServer } from "./lib/server";

const a = args({ db: "sqlite", seconds: "10", connections: "50", port: "3320" });
const SECRET = process.env.NEXTAUTH_SECRET || "bench-secret-not-for-production-0000000";

function hammer(url: string): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: Number(a.connections), duration: Number(a.seconds) }, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

async function main() {
  const target = await freshDatabase(a.db, `bench_pages_${a.db}`);
  const db = createClient(target.url);
  await runSeed(db, { clock: fixedClock(new Date()), staffPassword: "bench-only-password", historySize: 50 });
  const contest = await db.contest.findFirstOrThrow({ where: { isFeatured: true }, select: { id: true } });
  const person = await db.participant.create({
    data: {
      contestId: contest.id,
      fullName: "Đo Hiệu Năng",
      fullNameSearch: "do hieu nang",
      birthDate: "1990-01-01",
      gender: "MALE",
      cccd: "099090999999",
      phone: "0399999999",
      group: "NGUOI_DAN",
      passwordHash: "!bench",
    },
  });
  const now = new Date();
  const round = await db.round.findFirstOrThrow({ where: { contestId: contest.id, opensAt: { lte: now }, closesAt: { gte: now } }, select: { id: true } });

  let server: RunningServer | null = null;
  const base = a.url || (server = await startServer(target, Number(a.port))).url;
  const pages: Record<string, unknown> = {};
  for (const path of ["/", "/the-le", "/ket-qua"]) {
    await fetch(`${base}${path}`).then((r) => r.text()); // warm
    const r = await hammer(`${base}${path}`);
    pages[path] = { requestsPerSec: Math.round(r.requests.average), p99Ms: r.latency.p99, non2xx: r.non2xx, errors: r.errors };
  }

  // First-load JS of the attempt page, as a phone downloads it (gzip).
  const cookie = await participantCookie(SECRET, { id: person.id, contestId: contest.id, name: person.fullName });
  const { attemptId } = await new QuizClient(base, quizActionIds(root), cookie).start(round.id);
  if (!attemptId) throw new Error("Could not start an attempt");
  const html = await fetch(`${base}/thi/${attemptId}`, { headers: { Cookie: cookie } }).then((r) => r.text());
  // `noModule` scripts (Next's polyfills for browsers without ES modules, ~39 KB gzip) are neither
  // fetched nor run by a browser that supports modules (HTML spec, "prepare the script element"),
  // i.e. every phone browser of the last seven years: they are not part of what a phone downloads.
  const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  const skippedNoModule = tags.filter((t) => /\bnomodule\b/i.test(t) && /\bsrc="/.test(t)).length;
  const scripts = [...new Set(tags.filter((t) => !/\bnomodule\b/i.test(t)).flatMap((t) => /\bsrc="([^"]+)"/.exec(t)?.[1] ?? []))];
  let jsGzip = 0;
  for (const src of scripts) {
    const text = src.startsWith("/_next/")
      ? readFileSync(join(root, ".next", decodeURIComponent(src.slice("/_next/".length))), "utf8")
      : await fetch(`${base}${src}`).then((r) => r.text());
    jsGzip += gzipSync(text, { level: 9 }).length;
  }
  await server?.stop();
  await db.$disconnect();
  summary({
    bench: "pages",
    db: target.provider,
    connections: Number(a.connections),
    seconds: Number(a.seconds),
    pages,
    targetRequestsPerSec: 2000,
    attemptPage: { scripts: scripts.length, skippedNoModuleScripts: skippedNoModule, firstLoadJsGzipKB: Math.round(jsGzip / 102.4) / 10, targetKB: 150 },
    machine: machine(),
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
