// Where a round stands at an instant (docs/DOMAIN.md §1 and §8): the phase, its one label. Pure.
import { isInVnMonth } from "../time";
import { isRoundVisible, type RoundStatus } from "./round-status";

export type RoundPhase = "draft" | "upcoming" | "open" | "closed";

/** How a phase reads on every screen; a sentence that needs it lower-case lowers it (`.toLowerCase()`). */
export const ROUND_PHASE_LABEL: Record<RoundPhase, string> = {
  draft: "Chưa công bố",
  upcoming: "Sắp mở",
  open: "Đang diễn ra",
  closed: "Đã kết thúc",
};

export interface RoundWindow {
  opensAt: Date;
  closesAt: Date;
  status: RoundStatus;
}

/** The window is inclusive at both ends: closesAt is the last millisecond (23:59:59.999). */
export function roundPhase(round: RoundWindow, now: Date): RoundPhase {
  if (!isRoundVisible(round.status)) return "draft";
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
  const visible = rounds.filter((r) => isRoundVisible(r.status));
  return visible.find((r) => roundPhase(r, now) === "open") ?? visible.find((r) => roundPhase(r, now) === "upcoming") ?? visible[visible.length - 1] ?? null;
}
