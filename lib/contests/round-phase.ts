// Where a round stands at an instant (docs/DOMAIN.md §1 and §8). Pure.
import { isInVnMonth } from "../time";

export type RoundPhase = "draft" | "upcoming" | "open" | "closed";

export interface RoundWindow {
  opensAt: Date;
  closesAt: Date;
  status: "DRAFT" | "OPEN" | "APPROVED" | "PUBLISHED";
}

/** The window is inclusive at both ends: closesAt is the last millisecond (23:59:59.999). */
export function roundPhase(round: RoundWindow, now: Date): RoundPhase {
  if (round.status === "DRAFT") return "draft";
  if (now < round.opensAt) return "upcoming";
  if (now <= round.closesAt) return "open";
  return "closed";
}

export function isInAwardMonth(round: { awardYear: number; awardMonth: number }, now: Date): boolean {
  return isInVnMonth(now, round.awardYear, round.awardMonth);
}

/**
 * The round a home page features: the open one, else the next to open, else the last closed.
 * Rounds must be sorted by number.
 */
export function featuredRound<T extends RoundWindow>(rounds: T[], now: Date): T | null {
  const visible = rounds.filter((r) => r.status !== "DRAFT");
  return (
    visible.find((r) => roundPhase(r, now) === "open") ??
    visible.find((r) => roundPhase(r, now) === "upcoming") ??
    visible[visible.length - 1] ??
    null
  );
}
