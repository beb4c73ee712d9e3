// Picking the contest and round a statistics page shows from its query parameters. Pure.
import { roundPhase } from "../contests/round-phase";
import { isRoundVisible, type RoundStatus } from "../contests/round-status";

export interface SelectableRound {
  id: string;
  number: number;
  name: string;
  status: RoundStatus;
  opensAt: Date;
  closesAt: Date;
}

export interface SelectableContest {
  id: string;
  slug: string;
  name: string;
  year: number;
  isFeatured: boolean;
  rounds: SelectableRound[];
}

/**
 * The contest named by slug, else the featured one, else the newest. The round named by number,
 * else the open one, else the last one that has opened (its figures are final or growing), else the first.
 */
export function pickSelection(
  contests: readonly SelectableContest[],
  params: { contest?: string; round?: string },
  at: Date,
): { contest: SelectableContest | null; round: SelectableRound | null } {
  const contest = contests.find((c) => c.slug === params.contest) ?? contests.find((c) => c.isFeatured) ?? contests[0] ?? null;
  if (!contest) return { contest: null, round: null };
  const rounds = contest.rounds;
  const round =
    rounds.find((r) => String(r.number) === params.round) ??
    rounds.find((r) => roundPhase(r, at) === "open") ??
    rounds.filter((r) => isRoundVisible(r.status) && r.opensAt <= at).at(-1) ??
    rounds[0] ??
    null;
  return { contest, round };
}
