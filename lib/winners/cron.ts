// The scheduler's job: close the abandoned attempts of every open round, then compute the winners
// of every round whose award month (Vietnam time) is now. Rounds are run one after another: each
// is a heavy set-based computation.
import "server-only";
import { sweepExpiredAttempts } from "../attempts/sweep";
import { isRoundUnderReview, isRoundVisible } from "../contests/round-status";
import { db } from "../db";
import { now, toVnParts } from "../time";
import type { WinnersCaller } from "./caller";
import type { ComputationKind } from "../ranking/computation-kind";
import { awardMonthLabel, runRoundWinners } from "./run";

interface CronRoundResult {
  roundId: string;
  contest: string;
  round: string;
  outcome: "computed" | "unchanged" | "skipped" | "refused";
  kind?: ComputationKind;
  computationId?: string;
  code?: string;
  message?: string;
}

/** A round whose abandoned attempts the run closed (rounds with none are not listed). */
interface CronSweepResult {
  roundId: string;
  closed: number;
}

export interface CronReport {
  at: string;
  awardMonth: string;
  due: number;
  rounds: CronRoundResult[];
  swept: CronSweepResult[];
}

/**
 * Closes the expired attempts of every open round that has opened, in or out of its award month,
 * so an attempt nobody submitted is closed within a scheduler period even if nothing reads it.
 */
async function sweepOpenRounds(at: Date): Promise<CronSweepResult[]> {
  const open = await db.round.findMany({ where: { status: "OPEN", opensAt: { lte: at } }, orderBy: { id: "asc" }, select: { id: true } });
  const swept: CronSweepResult[] = [];
  // One set-based statement pair per round, one round at a time (SQLite has a single writer).
  for (const r of open) {
    const closed = await sweepExpiredAttempts(r.id, at);
    if (closed > 0) swept.push({ roundId: r.id, closed });
  }
  return swept;
}

function roundsInAwardMonth(year: number, month: number) {
  return db.round.findMany({
    where: { awardYear: year, awardMonth: month },
    orderBy: [{ contestId: "asc" }, { number: "asc" }],
    select: { id: true, name: true, status: true, contest: { select: { slug: true } } },
  });
}

interface DueRound {
  roundId: string;
  contest: string;
  round: string;
  status: string;
  /** "due": the next POST computes it; "skipped": a DRAFT or approved round is left alone. */
  outcome: "due" | "skipped";
}

export interface DueReport {
  at: string;
  awardMonth: string;
  due: number;
  rounds: DueRound[];
}

/** What a run now would do, without doing it (GET /api/cron/quarterly-winners only reads). */
export async function listDueRounds(): Promise<DueReport> {
  const at = now();
  const { year, month } = toVnParts(at);
  const rounds = await roundsInAwardMonth(year, month);
  return {
    at: at.toISOString(),
    awardMonth: awardMonthLabel({ awardYear: year, awardMonth: month }),
    due: rounds.length,
    rounds: rounds.map((r) => ({
      roundId: r.id,
      contest: r.contest.slug,
      round: r.name,
      status: r.status,
      outcome: isRoundUnderReview(r.status) ? "due" : "skipped",
    })),
  };
}

export async function runDueRounds(caller: WinnersCaller): Promise<CronReport> {
  const at = now();
  const { year, month } = toVnParts(at);
  const swept = await sweepOpenRounds(at);
  const rounds = await roundsInAwardMonth(year, month);
  const results: CronRoundResult[] = [];
  for (const r of rounds) {
    const base = { roundId: r.id, contest: r.contest.slug, round: r.name };
    if (!isRoundUnderReview(r.status)) {
      const message = isRoundVisible(r.status) ? "Danh sách đoạt giải đã được phê duyệt." : "Đợt thi đang ở trạng thái nháp.";
      results.push({ ...base, outcome: "skipped", message });
      continue;
    }
    const outcome = await runRoundWinners(r.id, caller);
    results.push(
      outcome.ok
        ? { ...base, outcome: outcome.created ? "computed" : "unchanged", kind: outcome.computation.kind, computationId: outcome.computation.id }
        : { ...base, outcome: "refused", code: outcome.code, message: outcome.error },
    );
  }
  return { at: at.toISOString(), awardMonth: awardMonthLabel({ awardYear: year, awardMonth: month }), due: rounds.length, rounds: results, swept };
}
