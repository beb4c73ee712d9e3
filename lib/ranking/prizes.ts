// Prize allocation (docs/DOMAIN.md §7): walk the ranking from the top; skip disqualified entries
// and ineligible people (members of the organising bodies; winners of an earlier round when the
// round says so; scores under the round's minimum); one prize per person per round; tiers are
// filled in their order (1 Nhất, 2 Nhì, 3 Ba, 4 Khuyến khích by default). Pure.

interface PrizeTierRule {
  code: string;
  name: string;
  count: number;
}

export interface PrizeRules {
  tiers: readonly PrizeTierRule[];
  minScoreForPrize: number | null;
  excludeEarlierWinners: boolean;
}

export interface PrizeCandidate {
  rank: number;
  participantId: string;
  attemptId: string;
  correctCount: number;
  isDisqualified: boolean;
  isOrganiserMember: boolean;
  isEarlierWinner: boolean;
}

/** Why an entry was passed over, in the order the checks apply. */
export type ExclusionReason = "DISQUALIFIED" | "ORGANISER_MEMBER" | "EARLIER_WINNER" | "BELOW_MIN_SCORE" | "ALREADY_AWARDED";

export const EXCLUSION_LABEL: Record<ExclusionReason, string> = {
  DISQUALIFIED: "Bị loại",
  ORGANISER_MEMBER: "Thành viên Ban Tổ chức (không xét giải)",
  EARLIER_WINNER: "Đã đoạt giải ở đợt trước",
  BELOW_MIN_SCORE: "Chưa đạt điểm tối thiểu",
  ALREADY_AWARDED: "Đã nhận một giải trong đợt này",
};

export interface AwardedPrize {
  participantId: string;
  attemptId: string;
  rank: number;
  tier: string; // tier code
  tierName: string;
  tierOrder: number; // 1-based position of the tier in the round's list
}

interface SkippedEntry {
  rank: number;
  participantId: string;
  reason: ExclusionReason;
}

export interface PrizeAllocation {
  awards: AwardedPrize[];
  skipped: SkippedEntry[];
  /** Every prize is given: entries further down cannot change the result. */
  complete: boolean;
  /** An entry under the minimum score was reached: nobody further down can win (scores only fall). */
  stoppedAtMinScore: boolean;
}

export function exclusionReason(c: PrizeCandidate, rules: PrizeRules, awarded: ReadonlySet<string>): ExclusionReason | null {
  if (c.isDisqualified) return "DISQUALIFIED";
  if (c.isOrganiserMember) return "ORGANISER_MEMBER";
  if (rules.excludeEarlierWinners && c.isEarlierWinner) return "EARLIER_WINNER";
  if (rules.minScoreForPrize !== null && c.correctCount < rules.minScoreForPrize) return "BELOW_MIN_SCORE";
  if (awarded.has(c.participantId)) return "ALREADY_AWARDED";
  return null;
}

/**
 * Allocates the prizes along a ranking (sorted here by rank, so the input order does not matter).
 * A prefix of the ranking is enough as long as the result is `complete` or `stoppedAtMinScore`.
 */
export function allocatePrizes(ranking: readonly PrizeCandidate[], rules: PrizeRules): PrizeAllocation {
  const slots: { tier: PrizeTierRule; order: number }[] = [];
  rules.tiers.forEach((tier, i) => {
    for (let k = 0; k < tier.count; k++) slots.push({ tier, order: i + 1 });
  });
  const sorted = [...ranking].sort((a, b) => a.rank - b.rank);
  const awards: AwardedPrize[] = [];
  const skipped: SkippedEntry[] = [];
  const awarded = new Set<string>();
  let stoppedAtMinScore = false;
  for (const c of sorted) {
    if (awards.length >= slots.length) break;
    const reason = exclusionReason(c, rules, awarded);
    if (reason) {
      skipped.push({ rank: c.rank, participantId: c.participantId, reason });
      if (reason === "BELOW_MIN_SCORE") {
        stoppedAtMinScore = true;
        break;
      }
      continue;
    }
    const slot = slots[awards.length];
    awarded.add(c.participantId);
    awards.push({
      participantId: c.participantId,
      attemptId: c.attemptId,
      rank: c.rank,
      tier: slot.tier.code,
      tierName: slot.tier.name,
      tierOrder: slot.order,
    });
  }
  return { awards, skipped, complete: awards.length >= slots.length, stoppedAtMinScore };
}
