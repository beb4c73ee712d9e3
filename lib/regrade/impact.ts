// What a regrade would change (issue 13 point 3): the score of each attempt that showed the
// question, then the ranking and the prizes, before and after, with the same pure rules the winners
// computation mirrors (lib/ranking: rule 4 counted attempt, rule 6 tie-break, rule 7 prizes). Pure.
import type { GradingRule } from "../attempts/rules";
import { allocatePrizes, type AwardedPrize, type PrizeRules } from "../ranking/prizes";
import type { RankingOrder } from "../ranking/ranking-order";
import { rankSubmittedAttempts, type RankedCandidate, type SubmittedAttemptRow } from "../ranking/tie-break";

interface ImpactAttempt extends SubmittedAttemptRow {
  isOrganiserMember: boolean;
}

export interface ImpactInput {
  attempts: readonly ImpactAttempt[];
  /** attemptId → its score under the proposed rule, for every submitted attempt that showed the question. */
  regradedCounts: ReadonlyMap<string, number>;
  order: RankingOrder;
  trueValue: number;
  rules: PrizeRules;
  disqualified: ReadonlySet<string>;
  earlierWinners: ReadonlySet<string>;
}

interface RankMove {
  participantId: string;
  fullName: string;
  before: number;
  after: number;
}

interface PrizeSide {
  tier: string;
  tierName: string;
  rank: number;
}

export interface PrizeChange {
  participantId: string;
  fullName: string;
  kind: "GAINED" | "LOST" | "TIER_CHANGED";
  before: PrizeSide | null;
  after: PrizeSide | null;
}

export interface RegradeImpact {
  questionVersionId: string;
  rule: GradingRule;
  /** Submitted attempts that showed the question. */
  attemptsShown: number;
  /** Of those, attempts whose score changes. */
  attemptsChanged: number;
  /** Score change → number of attempts, ascending by change (0 included). */
  deltas: { delta: number; attempts: number }[];
  participants: number;
  /** Any ranking entry (counted attempt, score or rank) differs: the stored computations are stale. */
  rankingChanged: boolean;
  rankMoves: { count: number; shown: RankMove[] };
  prizeChanges: PrizeChange[];
  trueValue: number;
}

/** How many moved ranks are listed (the rest are counted); the best ranks first. */
const RANK_MOVES_SHOWN = 30;

function allocate(ranking: readonly RankedCandidate[], input: ImpactInput, organiser: ReadonlySet<string>) {
  return allocatePrizes(
    ranking.map((e) => ({
      rank: e.rank,
      participantId: e.participantId,
      attemptId: e.attemptId,
      correctCount: e.correctCount,
      isDisqualified: input.disqualified.has(e.participantId),
      isOrganiserMember: organiser.has(e.participantId),
      isEarlierWinner: input.earlierWinners.has(e.participantId),
    })),
    input.rules,
  ).awards;
}

const side = (a: AwardedPrize | undefined): PrizeSide | null => (a ? { tier: a.tier, tierName: a.tierName, rank: a.rank } : null);

/** The ranking and prizes now and under the proposed rule. Names are filled in by the caller (fullName ""). */
export function regradeImpact(questionVersionId: string, rule: GradingRule, input: ImpactInput): RegradeImpact {
  const regraded = input.attempts.map((a) => (input.regradedCounts.has(a.id) ? { ...a, correctCount: input.regradedCounts.get(a.id)! } : a));
  const deltaCount = new Map<number, number>();
  let changed = 0;
  for (const a of input.attempts) {
    const after = input.regradedCounts.get(a.id);
    if (after === undefined) continue;
    const delta = after - a.correctCount;
    if (delta !== 0) changed++;
    deltaCount.set(delta, (deltaCount.get(delta) ?? 0) + 1);
  }
  const before = rankSubmittedAttempts(input.attempts, input.order, input.trueValue);
  const after = rankSubmittedAttempts(regraded, input.order, input.trueValue);
  const organiser = new Set(input.attempts.filter((a) => a.isOrganiserMember).map((a) => a.participantId));

  const rankBefore = new Map(before.map((e) => [e.participantId, e]));
  const rankingChanged = after.some(
    (e, i) => e.participantId !== before[i].participantId || e.attemptId !== before[i].attemptId || e.correctCount !== before[i].correctCount,
  );
  const moves: RankMove[] = [];
  for (const e of after) {
    const was = rankBefore.get(e.participantId)!.rank;
    if (was !== e.rank) moves.push({ participantId: e.participantId, fullName: "", before: was, after: e.rank });
  }
  moves.sort((x, y) => Math.min(x.before, x.after) - Math.min(y.before, y.after) || x.after - y.after);

  const prizesBefore = new Map(allocate(before, input, organiser).map((a) => [a.participantId, a]));
  const prizesAfter = new Map(allocate(after, input, organiser).map((a) => [a.participantId, a]));
  const prizeChanges: PrizeChange[] = [];
  for (const id of new Set([...prizesBefore.keys(), ...prizesAfter.keys()])) {
    const b = prizesBefore.get(id);
    const a = prizesAfter.get(id);
    const kind = !b ? "GAINED" : !a ? "LOST" : b.tier !== a.tier ? "TIER_CHANGED" : null;
    if (kind) prizeChanges.push({ participantId: id, fullName: "", kind, before: side(b), after: side(a) });
  }
  // The prizes after the regrade in rank order, then the prizes lost, in their former rank order.
  prizeChanges.sort((x, y) => (x.after ? 0 : 1) - (y.after ? 0 : 1) || (x.after?.rank ?? x.before!.rank) - (y.after?.rank ?? y.before!.rank));

  return {
    questionVersionId,
    rule,
    attemptsShown: input.regradedCounts.size,
    attemptsChanged: changed,
    deltas: [...deltaCount].sort(([x], [y]) => x - y).map(([delta, attempts]) => ({ delta, attempts })),
    participants: before.length,
    rankingChanged,
    rankMoves: { count: moves.length, shown: moves.slice(0, RANK_MOVES_SHOWN) },
    prizeChanges,
    trueValue: input.trueValue,
  };
}

/** "N lượt thi thay đổi điểm; thứ hạng thay đổi: …; giải thay đổi: …" — the one-line summary. */
export function describeImpact(impact: RegradeImpact): string {
  const ranks = impact.rankMoves.count === 0 ? "không" : `${impact.rankMoves.count} thí sinh`;
  const prizes =
    impact.prizeChanges.length === 0
      ? "không"
      : impact.prizeChanges
          .map((c) =>
            c.kind === "GAINED"
              ? `${c.fullName} được ${c.after!.tierName}`
              : c.kind === "LOST"
                ? `${c.fullName} mất ${c.before!.tierName}`
                : `${c.fullName} từ ${c.before!.tierName} thành ${c.after!.tierName}`,
          )
          .join(", ");
  return `${impact.attemptsChanged} lượt thi thay đổi điểm; thứ hạng thay đổi: ${ranks}; giải thay đổi: ${prizes}.`;
}
