// Whether a participant may start a new attempt in a round (docs/DOMAIN.md §4 and §9).
// Pure. Resuming an attempt in progress is decided before this (it is always allowed while its
// time runs).
import type { RoundPhase } from "../contests/round-phase";
import { attemptsUsedUpMessage, MSG, roundUpcomingMessage } from "./messages";

export interface StartCheck {
  phase: RoundPhase;
  opensAt: Date;
  attemptsUsed: number;
  attemptsAllowed: number;
  isDisqualified: boolean;
}

/** The Vietnamese reason a new attempt cannot start, or null when it can. */
export function startRefusal(c: StartCheck): string | null {
  if (c.isDisqualified) return MSG.disqualified;
  if (c.phase === "draft") return MSG.roundDraft;
  if (c.phase === "upcoming") return roundUpcomingMessage(c.opensAt);
  if (c.phase === "closed") return MSG.roundClosed;
  if (c.attemptsUsed >= c.attemptsAllowed) return attemptsUsedUpMessage(c.attemptsAllowed);
  return null;
}
