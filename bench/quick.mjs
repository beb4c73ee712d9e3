// `npm run bench:quick`: every benchmark at a small size on both databases, to check in CI that
// they still work (timings are not asserted: speed targets are measured on a quiet machine,
// docs/PERFORMANCE.md). Fails when a bench fails or the surge loses or errs on any write.
import { execFileSync } from "node:child_process";
import { join } from "node:path";

const tsx = join(process.cwd(), "node_modules", "tsx", "dist", "cli.mjs");
const runs = [
  ["bench/ceiling.mts", "--db", "sqlite", "--participants", "50"],
  ["bench/ceiling.mts", "--db", "postgresql", "--participants", "50"],
  ["bench/surge.mts", "--db", "sqlite", "--participants", "20", "--window", "10", "--ceiling", "1"],
  ["bench/surge.mts", "--db", "postgresql", "--participants", "20", "--window", "10", "--ceiling", "1", "--instances", "2"],
  ["bench/winners.mts", "--db", "sqlite", "--participants", "3000", "--attempts", "9000"],
  ["bench/winners.mts", "--db", "postgresql", "--participants", "3000", "--attempts", "9000"],
  ["bench/pages.mts", "--db", "sqlite", "--seconds", "2"],
  ["bench/steps.mts", "--db", "sqlite", "--participants", "10"],
];
for (const args of runs) {
  const out = execFileSync(process.execPath, [tsx, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  const last = JSON.parse(out.trim().split("\n").pop());
  console.log(JSON.stringify(last));
  if (last.bench === "surge" && (last.errors !== 0 || last.lost !== 0 || last.completed !== last.participants)) {
    throw new Error(`surge on ${last.db}: ${last.errors} errors, ${last.lost} lost, ${last.completed}/${last.participants} completed`);
  }
  if (last.bench === "winners" && (last.computationsStored !== 1 || last.prizesAwarded < 1)) throw new Error("winners bench stored an unexpected result");
}
console.log(`${runs.length} passed, 0 failed`);
