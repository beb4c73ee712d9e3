// bench:winners — a closed round with 1,000,000 submitted attempts by 300,000 participants,
// then the winners computation end to end over HTTP (POST /api/rounds/<id>/winners as an ADMIN:
// authorisation, counted attempts, ranking, prizes, storing every ranked entry), and once more
// on the same data (which must store nothing new).
//   npm run bench:winners -- [--db sqlite|postgresql] [--participants 300000] [--attempts 1000000]
import { encode } from "next-auth/jwt";
import { createClient } from "../lib/db/client";
import { args, machine, summary } from "./lib/common";
import { freshDatabase } from "./lib/database";
import { generateRound } from "./lib/generate";
import { startServer, type RunningServer } from "./lib/server";

const a = args({ db: "sqlite", participants: "300000", attempts: "1000000", port: "3310" });
const SECRET = process.env.NEXTAUTH_SECRET || "bench-secret-not-for-production-0000000";

async function main() {
  const target = await freshDatabase(a.db, `bench_winners_${a.db}`);
  const g0 = performance.now();
  const round = await generateRound(target, Number(a.participants), Number(a.attempts));
  const generateSec = (performance.now() - g0) / 1000;

  const db = createClient(target.url);
  const admin = await db.staffUser.create({ data: { username: "bench-admin", fullName: "Bench", role: "ADMIN", passwordHash: "!bench" } });
  const cookie = `next-auth.session-token=${await encode({ secret: SECRET, token: { uid: admin.id, kind: "staff", role: "ADMIN", username: "bench-admin", name: "Bench" } })}`;

  let server: RunningServer | null = null;
  const base = a.url || (server = await startServer(target, Number(a.port))).url;
  const run = async () => {
    const t = performance.now();
    const res = await fetch(`${base}/api/rounds/${round.roundId}/winners`, {
      method: "POST",
      headers: { Cookie: cookie, "Content-Type": "application/json" },
      body: JSON.stringify({ force: true, reason: "Đo hiệu năng" }),
    });
    const body = (await res.json()) as Record<string, unknown>;
    if (!res.ok) throw new Error(`winners ${res.status}: ${JSON.stringify(body).slice(0, 300)}`);
    return { ms: performance.now() - t, body };
  };
  const first = await run();
  const second = await run();
  await server?.stop();

  const [computations, entries, awarded] = await Promise.all([
    db.winnerComputation.count({ where: { roundId: round.roundId } }),
    db.rankingEntry.count(),
    db.rankingEntry.count({ where: { prizeTier: { not: null } } }),
  ]);
  await db.$disconnect();
  summary({
    bench: "winners",
    db: target.provider,
    participants: round.participants,
    attempts: round.attempts,
    generateSec: Math.round(generateSec * 10) / 10,
    computeSec: Math.round(first.ms) / 1000,
    recomputeSameDataSec: Math.round(second.ms) / 1000,
    targetSec: 5,
    withinTarget: first.ms < 5000,
    computationsStored: computations,
    rankedEntries: entries,
    prizesAwarded: awarded,
    machine: machine(),
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
