// What the regrade page (/quan-tri/giam-khao/cham-lai) shows for one round: the question versions
// its attempts used (text, options, key: staff only), how they were answered, and the round's
// regrades with who proposed and decided them. The page runs authorizeStaff("jury") first.
import "server-only";
import type { GradingRule } from "../attempts/rules";
import type { RoundStatus } from "../contests/round-status";
import { db } from "../db";
import { readOptions } from "../questions/format";
import { ruleOf, type RegradeMode, type RegradeStatus } from "./enums";
import type { RegradeImpact } from "./impact";

export interface RoundVersion {
  id: string;
  questionId: string;
  version: number;
  text: string;
  options: string[];
  /** The version's own key (editor order). */
  key: number;
  /** The regrade applied to it in this round, if any. */
  applied: (GradingRule & { regradeId: string }) | null;
  /** Attempts of the round (any status) that showed it. */
  shown: number;
  /** Submitted attempts that showed it, and how their items are graded now. */
  submitted: number;
  correct: number;
  dropped: number;
  /** Share of graded (not dropped) submitted items that are correct; null without any. */
  facility: number | null;
  /** Submitted attempts that chose each option (editor order), and that left it unanswered. */
  chosen: number[];
  unanswered: number;
}

export async function listRoundVersions(roundId: string): Promise<RoundVersion[]> {
  const submitted = { attempt: { roundId, status: "SUBMITTED" as const } };
  const [shown, graded, choices, applied] = await Promise.all([
    db.attemptItem.groupBy({ by: ["questionVersionId"], where: { attempt: { roundId } }, _count: { _all: true } }),
    db.attemptItem.groupBy({ by: ["questionVersionId", "isCorrect"], where: submitted, _count: { _all: true } }),
    db.attemptItem.groupBy({ by: ["questionVersionId", "chosenIndex"], where: submitted, _count: { _all: true } }),
    db.regrade.findMany({ where: { roundId, status: "APPLIED" }, select: { id: true, questionVersionId: true, mode: true, correctIndex: true } }),
  ]);
  const versions = await db.questionVersion.findMany({
    where: { id: { in: shown.map((s) => s.questionVersionId) } },
    select: { id: true, questionId: true, version: true, text: true, options: true, correctIndex: true },
  });
  const appliedOf = new Map(applied.map((r) => [r.questionVersionId, { ...ruleOf(r), regradeId: r.id }]));
  const shownOf = new Map(shown.map((s) => [s.questionVersionId, s._count._all]));
  return versions
    .map((v) => {
      const options = readOptions(v.options);
      const g = graded.filter((x) => x.questionVersionId === v.id);
      const count = (isCorrect: boolean | null) => g.find((x) => x.isCorrect === isCorrect)?._count._all ?? 0;
      const [correct, wrong, dropped] = [count(true), count(false), count(null)];
      const c = choices.filter((x) => x.questionVersionId === v.id);
      return {
        id: v.id,
        questionId: v.questionId,
        version: v.version,
        text: v.text,
        options,
        key: v.correctIndex,
        applied: appliedOf.get(v.id) ?? null,
        shown: shownOf.get(v.id) ?? 0,
        submitted: correct + wrong + dropped,
        correct,
        dropped,
        facility: correct + wrong > 0 ? correct / (correct + wrong) : null,
        chosen: options.map((_, i) => c.find((x) => x.chosenIndex === i)?._count._all ?? 0),
        unanswered: c.find((x) => x.chosenIndex === null)?._count._all ?? 0,
      };
    })
    .sort((a, b) => (a.facility ?? 2) - (b.facility ?? 2) || a.text.localeCompare(b.text, "vi"));
}

export interface RoundRegrade {
  id: string;
  roundId: string;
  questionVersionId: string;
  questionText: string;
  mode: RegradeMode;
  correctIndex: number | null;
  reason: string;
  status: RegradeStatus;
  proposedBy: string;
  proposedAt: Date;
  decidedBy: string | null;
  decidedAt: Date | null;
  decisionNote: string | null;
  /** What applying changed (the dry run at apply time); null until applied. */
  summary: RegradeImpact | null;
}

export async function listRoundRegrades(roundId: string): Promise<RoundRegrade[]> {
  const rows = await db.regrade.findMany({
    where: { roundId },
    orderBy: [{ proposedAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      roundId: true,
      questionVersionId: true,
      questionVersion: { select: { text: true } },
      mode: true,
      correctIndex: true,
      reason: true,
      status: true,
      proposedById: true,
      proposedAt: true,
      decidedById: true,
      decidedAt: true,
      decisionNote: true,
      summary: true,
    },
  });
  const staffIds = [...new Set(rows.flatMap((r) => [r.proposedById, r.decidedById]).filter((x): x is string => !!x))];
  const staff = await db.staffUser.findMany({ where: { id: { in: staffIds } }, select: { id: true, fullName: true, username: true } });
  const who = new Map(staff.map((s) => [s.id, `${s.fullName} (${s.username})`]));
  return rows.map(({ questionVersion, proposedById, decidedById, summary, ...r }) => ({
    ...r,
    questionText: questionVersion.text,
    proposedBy: who.get(proposedById) ?? proposedById,
    decidedBy: decidedById ? (who.get(decidedById) ?? decidedById) : null,
    summary: (summary as RegradeImpact | null) ?? null,
  }));
}

export interface RegradeRoundState {
  id: string;
  name: string;
  contestName: string;
  status: RoundStatus;
  approvedAt: Date | null;
  awards: number;
  certificates: number;
  flaggedCertificates: number;
  /** The latest computation was made before an applied regrade changed the ranking. */
  latestIsStale: boolean;
}

export async function getRegradeRoundState(roundId: string): Promise<RegradeRoundState | null> {
  const round = await db.round.findUnique({
    where: { id: roundId },
    select: { id: true, name: true, status: true, approvedAt: true, contest: { select: { name: true } } },
  });
  if (!round) return null;
  const [awards, certificates, flaggedCertificates, latest] = await Promise.all([
    db.award.count({ where: { roundId } }),
    db.certificate.count({ where: { award: { roundId }, revokedAt: null } }),
    db.certificate.count({ where: { award: { roundId }, revokedAt: null, flaggedAt: { not: null } } }),
    db.winnerComputation.findFirst({ where: { roundId }, orderBy: [{ computedAt: "desc" }, { id: "desc" }], select: { computedAt: true, staleAt: true } }),
  ]);
  return {
    id: round.id,
    name: round.name,
    contestName: round.contest.name,
    status: round.status,
    approvedAt: round.approvedAt,
    awards,
    certificates,
    flaggedCertificates,
    latestIsStale: !!latest && isComputationStale(latest),
  };
}

/**
 * A computation is stale when an applied regrade changed the data after it was made. The mark is
 * later than every computation stored when it was set and never later than the next one
 * (lib/regrade/apply.ts staleMark), so a recompute makes the round current again, also when it
 * finds data it had already computed and reuses that computation with a new computedAt
 * (lib/winners/compute.ts reuseStored).
 */
export function isComputationStale(c: { computedAt: Date; staleAt: Date | null }): boolean {
  return c.staleAt !== null && c.staleAt.getTime() > c.computedAt.getTime();
}

export interface RegradePage {
  round: RegradeRoundState;
  versions: RoundVersion[];
  regrades: RoundRegrade[];
}

/** Everything the regrade page shows for one round; null when the round does not exist. */
export async function getRegradePage(roundId: string): Promise<RegradePage | null> {
  const round = await getRegradeRoundState(roundId);
  if (!round) return null;
  const [versions, regrades] = await Promise.all([listRoundVersions(roundId), listRoundRegrades(roundId)]);
  return { round, versions, regrades };
}
