// The fingerprint of a winners computation: SHA-256 over everything that decides the result
// (rule version, kind, ranking order, settings version, true value, exclusions, prize rules) and a
// digest of the ranked entries. Same data → same hash → nothing new is stored (the database's
// @@unique([roundId, inputHash]) guards concurrent runs). Pure.
import { createHash } from "node:crypto";
import type { ComputationKind } from "./computation-kind";

/**
 * Bump when the ranking or allocation rules in lib/ranking change meaning, or what the hash covers.
 * v2: the entries digest also covers each entry's raw prediction and registration time, and the
 * hash covers the organiser members the prize walk read (both stored since v2, so a computation
 * can be re-derived from what it stored; lib/winners/verify.ts). v1 hashes stay reproducible.
 */
export const RULESET_VERSION = "ranking-rules-v2";
const RULESET_V1 = "ranking-rules-v1";

export interface ComputationInputs {
  rulesetVersion: string;
  kind: ComputationKind;
  rankingOrder: string;
  settingsVersion: number;
  predictionTruth: string;
  trueValue: number;
  trueValueSource: "counted" | "override";
  attemptCount: number;
  participantCount: number;
  prizeTiers: readonly { code: string; name: string; count: number }[];
  minScoreForPrize: number | null;
  excludeEarlierWinners: boolean;
  disqualifiedIds: readonly string[];
  earlierWinnerIds: readonly string[];
  /** v2: organiser members among the entries the prize walk read (not part of a v1 hash). */
  organiserMemberIds?: readonly string[];
  /** The walk's outcome: it reflects every exclusion that mattered (e.g. organiser members). */
  allocation: {
    awards: readonly { participantId: string; rank: number; tier: string }[];
    skipped: readonly { participantId: string; rank: number; reason: string }[];
  };
  entriesDigest: string;
}

const sortedUnique = (ids: readonly string[]) => [...new Set(ids)].sort();

export function computeInputHash(inputs: ComputationInputs): string {
  // A fixed key order (an array, not an object) so the hash never depends on property order.
  const canonical = [
    inputs.rulesetVersion,
    inputs.kind,
    inputs.rankingOrder,
    inputs.settingsVersion,
    inputs.predictionTruth,
    inputs.trueValue,
    inputs.trueValueSource,
    inputs.attemptCount,
    inputs.participantCount,
    inputs.prizeTiers.map((t) => [t.code, t.name, t.count]),
    inputs.minScoreForPrize,
    inputs.excludeEarlierWinners,
    sortedUnique(inputs.disqualifiedIds),
    sortedUnique(inputs.earlierWinnerIds),
    inputs.allocation.awards.map((a) => [a.rank, a.participantId, a.tier]),
    inputs.allocation.skipped.map((k) => [k.rank, k.participantId, k.reason]),
    inputs.entriesDigest,
  ];
  if (inputs.rulesetVersion !== RULESET_V1) canonical.push(sortedUnique(inputs.organiserMemberIds ?? []));
  return createHash("sha256").update(JSON.stringify(canonical)).digest("hex");
}

/** Incremental SHA-256 over the ranked entries, fed page by page in rank order. */
export function entriesDigester(): { update(chunk: string): void; digest(): string } {
  const h = createHash("sha256");
  let pages = 0;
  return {
    update(chunk: string) {
      // A separator no chunk contains, so page boundaries cannot shift content between pages.
      h.update(pages++ === 0 ? chunk : `\n${chunk}`);
    },
    digest: () => h.digest("hex"),
  };
}
