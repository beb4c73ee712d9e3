// Which rounds can have certificates. Pure; a status's label is ROUND_STATUS_LABEL in lib/contests/round-status.ts.
import { isRoundLocked, type RoundStatus } from "../contests/round-status";

/** Certificates exist only for winners the jury approved (docs/DOMAIN.md §8): an approved or published round. */
export function isCertifiable(status: RoundStatus): boolean {
  return isRoundLocked(status);
}
