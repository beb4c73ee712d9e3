// Reads for the secretariat's pages at /quan-tri/chung-nhan. Shaped objects only.
import "server-only";
import { contestsNewestFirst } from "../contests/queries";
import { db } from "../db";
import type { RoundStatus } from "../contests/round-status";

interface RoundSummary {
  id: string;
  number: number;
  name: string;
  status: RoundStatus;
  awardCount: number;
  certificateCount: number;
}

export interface ContestWithRounds {
  id: string;
  name: string;
  year: number;
  certificatePattern: string;
  rounds: RoundSummary[];
}

/** Every contest (newest first) with its rounds and how many of their awards have a certificate. */
export async function listCertificateContests(): Promise<ContestWithRounds[]> {
  const [contests, certified] = await Promise.all([
    db.contest.findMany({
      orderBy: contestsNewestFirst,
      select: {
        id: true,
        name: true,
        year: true,
        certificatePattern: true,
        rounds: { orderBy: { number: "asc" }, select: { id: true, number: true, name: true, status: true, _count: { select: { awards: true } } } },
      },
    }),
    db.award.groupBy({ by: ["roundId"], where: { certificate: { isNot: null } }, _count: { _all: true } }),
  ]);
  const certifiedBy = new Map(certified.map((g) => [g.roundId, g._count._all]));
  return contests.map((c) => ({
    id: c.id,
    name: c.name,
    year: c.year,
    certificatePattern: c.certificatePattern,
    rounds: c.rounds.map((r) => ({
      id: r.id,
      number: r.number,
      name: r.name,
      status: r.status as RoundStatus,
      awardCount: r._count.awards,
      certificateCount: certifiedBy.get(r.id) ?? 0,
    })),
  }));
}

export interface CertificateListItem {
  id: string;
  number: string;
  holderName: string;
  tierName: string;
  verificationCode: string;
  issuedAt: Date;
  revokedAt: Date | null;
  revokeReason: string | null;
}

export interface RoundCertificatesOverview {
  round: { id: string; number: number; name: string; status: RoundStatus; decisionNumber: string | null; decisionDate: string | null; awardYear: number };
  contest: { id: string; name: string; certificatePattern: string; certificateSeq: number };
  awardCount: number;
  hasFinalRanking: boolean;
  certificates: CertificateListItem[];
}

export async function getRoundCertificatesOverview(roundId: string): Promise<RoundCertificatesOverview | null> {
  const round = await db.round.findUnique({
    where: { id: roundId },
    select: {
      id: true,
      number: true,
      name: true,
      status: true,
      decisionNumber: true,
      decisionDate: true,
      awardYear: true,
      contest: { select: { id: true, name: true, certificatePattern: true, certificateSeq: true } },
      _count: { select: { awards: true } },
    },
  });
  if (!round) return null;
  const [certificates, finalRanking] = await Promise.all([
    db.certificate.findMany({
      where: { award: { roundId } },
      orderBy: { seq: "asc" },
      select: {
        id: true,
        number: true,
        verificationCode: true,
        issuedAt: true,
        revokedAt: true,
        revokeReason: true,
        award: { select: { tierName: true, participant: { select: { fullName: true } } } },
      },
    }),
    db.winnerComputation.findFirst({ where: { roundId, kind: "FINAL" }, select: { id: true } }),
  ]);
  const { contest, _count, ...r } = round;
  return {
    round: { ...r, status: r.status as RoundStatus },
    contest,
    awardCount: _count.awards,
    hasFinalRanking: finalRanking !== null,
    certificates: certificates.map((c) => ({
      id: c.id,
      number: c.number,
      holderName: c.award.participant.fullName,
      tierName: c.award.tierName,
      verificationCode: c.verificationCode,
      issuedAt: c.issuedAt,
      revokedAt: c.revokedAt,
      revokeReason: c.revokeReason,
    })),
  };
}
