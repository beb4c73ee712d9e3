// Prize allocation on a stored ranking: only the top of it is read (page by page until every
// prize is settled), then the winners and the skipped entries are marked in place.
import "server-only";
import { allocatePrizes, type PrizeAllocation, type PrizeCandidate, type PrizeRules } from "../ranking/prizes";
import type { Tx } from "../db";

const ALLOCATION_PAGE = 200;

/** Reads the ranking page by page from the top until the prizes are settled (usually one page). */
export async function allocateFromTop(
  tx: Tx,
  args: { computationId: string; rules: PrizeRules; disqualified: Set<string>; earlierWinners: Set<string> },
): Promise<PrizeAllocation> {
  const candidates: PrizeCandidate[] = [];
  let lastRank = 0;
  for (;;) {
    const page = await tx.rankingEntry.findMany({
      where: { computationId: args.computationId, rank: { gt: lastRank } },
      orderBy: { rank: "asc" },
      take: ALLOCATION_PAGE,
      select: { rank: true, participantId: true, attemptId: true, correctCount: true },
    });
    const people = await tx.participant.findMany({
      where: { id: { in: page.map((e) => e.participantId) } },
      select: { id: true, isOrganiserMember: true },
    });
    const organiser = new Set(people.filter((p) => p.isOrganiserMember).map((p) => p.id));
    for (const e of page) {
      candidates.push({
        ...e,
        isDisqualified: args.disqualified.has(e.participantId),
        isOrganiserMember: organiser.has(e.participantId),
        isEarlierWinner: args.earlierWinners.has(e.participantId),
      });
    }
    const allocation = allocatePrizes(candidates, args.rules);
    if (allocation.complete || allocation.stoppedAtMinScore || page.length < ALLOCATION_PAGE) return allocation;
    lastRank = page[page.length - 1].rank;
  }
}

/** Marks winners and skipped entries: one UPDATE per distinct value, not per row. */
export async function markEntries(tx: Tx, computationId: string, allocation: PrizeAllocation): Promise<void> {
  const byTier = new Map<string, number[]>();
  for (const a of allocation.awards) byTier.set(a.tier, [...(byTier.get(a.tier) ?? []), a.rank]);
  const byReason = new Map<string, number[]>();
  for (const s of allocation.skipped) byReason.set(s.reason, [...(byReason.get(s.reason) ?? []), s.rank]);
  for (const [prizeTier, ranks] of byTier) {
    await tx.rankingEntry.updateMany({ where: { computationId, rank: { in: ranks } }, data: { prizeTier } });
  }
  for (const [excludedReason, ranks] of byReason) {
    await tx.rankingEntry.updateMany({ where: { computationId, rank: { in: ranks } }, data: { excludedReason } });
  }
}
