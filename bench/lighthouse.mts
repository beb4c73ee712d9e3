// bench:lighthouse — Lighthouse mobile performance scores (simulated slow 4G, mid-range phone) of
// home, registration and the attempt page, on a server it starts (or --url), in Debian's Chromium.
//   npm run bench:lighthouse -- [--db sqlite] [--port 3330]
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { createClient } from "../lib/db/client";
import { fixedClock } from "../lib/time";
import { runSeed } from "../prisma/seed-lib";
import { participantCookie, QuizClient, quizActionIds } from "../e2e/http-actions";
import { args, machine, summary } from "./lib/common";
import { freshDatabase, root } from "./lib/database";
import { startServer, type RunningServer } from "./lib/server";

const a = args({ db: "sqlite", port: "3330" });
const SECRET = process.env.NEXTAUTH_SECRET || "bench-secret-not-for-production-0000000";

function score(url: string, headers?: Record<string, string>): number {
  const out = execFileSync(
    process.execPath,
    [
      join(root, "node_modules", "lighthouse", "cli", "index.js"),
      url,
      "--only-categories=performance",
      "--output=json",
      "--quiet",
      "--chrome-path=/usr/bin/chromium",
      "--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync",
      ...(headers ? [`--extra-headers=${JSON.stringify(headers)}`] : []),
    ],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, stdio: ["ignore", "pipe", "ignore"] },
  );
  return Math.round((JSON.parse(out) as { categories: { performance: { score: number } } }).categories.performance.score * 100);
}

async function main() {
  const target = await freshDatabase(a.db, `bench_lighthouse_${a.db}`);
  const db = createClient(target.url);
  await runSeed(db, { clock: fixedClock(new Date()), staffPassword: "bench-only-password", historySize: 30 });
  const contest = await db.contest.findFirstOrThrow({ where: { isFeatured: true }, select: { id: true } });
  const person = await db.participant.create({
    data: {
      contestId: contest.id,
      fullName: "Đo Hiệu Năng",
      fullNameSearch: "do hieu nang",
      birthDate: "1990-01-01",
      gender: "MALE",
      cccd: "099090999998",
      phone: "0399999998",
      group: "NGUOI_DAN",
      passwordHash: "!bench",
    },
  });
  const now = new Date();
  const round = await db.round.findFirstOrThrow({ where: { contestId: contest.id, opensAt: { lte: now }, closesAt: { gte: now } }, select: { id: true } });
  let server: RunningServer | null = null;
  const base = a.url || (server = await startServer(target, Number(a.port))).url;
  const cookie = await participantCookie(SECRET, { id: person.id, contestId: contest.id, name: person.fullName });
  const { attemptId } = await new QuizClient(base, quizActionIds(root), cookie).start(round.id);
  const scores = {
    home: score(`${base}/`),
    registration: score(`${base}/dang-ky`),
    attempt: score(`${base}/thi/${attemptId}`, { Cookie: cookie }),
  };
  await server?.stop();
  await db.$disconnect();
  summary({ bench: "lighthouse", formFactor: "mobile", scores, target: 95, machine: machine() });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
