// Everything printed on a certificate, read in one query per call and shaped for the data
// export and the PDF (docs/DOMAIN.md "Certificates"). Staff-side: holds the full name and birth date.
import "server-only";
import { db } from "../db";
import { unitOrAddress } from "./format";

export interface CertificateRecord {
  id: string;
  seq: number;
  number: string;
  verificationCode: string;
  issuedAt: Date;
  revokedAt: Date | null;
  revokeReason: string | null;
  holder: { participantId: string; fullName: string; birthDate: string; unitOrAddress: string };
  prize: { tierName: string; tierOrder: number; rank: number };
  round: { id: string; number: number; name: string; year: number; status: string; decisionNumber: string | null; decisionDate: string | null };
  contest: { id: string; name: string; organiser: string; year: number };
}

const recordSelect = {
  id: true,
  seq: true,
  number: true,
  verificationCode: true,
  issuedAt: true,
  revokedAt: true,
  revokeReason: true,
  contest: { select: { id: true, name: true, organiser: true, year: true } },
  award: {
    select: {
      tierName: true,
      tierOrder: true,
      rank: true,
      participant: {
        select: { id: true, fullName: true, birthDate: true, unitName: true, wardName: true, unit: { select: { name: true } }, district: { select: { name: true } } },
      },
      round: { select: { id: true, number: true, name: true, awardYear: true, status: true, decisionNumber: true, decisionDate: true } },
    },
  },
} as const;

type Row = {
  id: string;
  seq: number;
  number: string;
  verificationCode: string;
  issuedAt: Date;
  revokedAt: Date | null;
  revokeReason: string | null;
  contest: { id: string; name: string; organiser: string; year: number };
  award: {
    tierName: string;
    tierOrder: number;
    rank: number;
    participant: { id: string; fullName: string; birthDate: string; unitName: string; wardName: string; unit: { name: string } | null; district: { name: string } | null };
    round: { id: string; number: number; name: string; awardYear: number; status: string; decisionNumber: string | null; decisionDate: string | null };
  };
};

function shape(r: Row): CertificateRecord {
  const p = r.award.participant;
  return {
    id: r.id,
    seq: r.seq,
    number: r.number,
    verificationCode: r.verificationCode,
    issuedAt: r.issuedAt,
    revokedAt: r.revokedAt,
    revokeReason: r.revokeReason,
    holder: {
      participantId: p.id,
      fullName: p.fullName,
      birthDate: p.birthDate,
      unitOrAddress: unitOrAddress({ unitName: p.unitName || p.unit?.name || "", wardName: p.wardName, districtName: p.district?.name ?? null }),
    },
    prize: { tierName: r.award.tierName, tierOrder: r.award.tierOrder, rank: r.award.rank },
    round: {
      id: r.award.round.id,
      number: r.award.round.number,
      name: r.award.round.name,
      year: r.award.round.awardYear,
      status: r.award.round.status,
      decisionNumber: r.award.round.decisionNumber,
      decisionDate: r.award.round.decisionDate,
    },
    contest: r.contest,
  };
}

/** A round's certificates in number order; revoked ones only when asked (they are not printed). */
export async function getRoundCertificateRecords(roundId: string, options: { includeRevoked?: boolean } = {}): Promise<CertificateRecord[]> {
  const rows = await db.certificate.findMany({
    where: { award: { roundId }, ...(options.includeRevoked ? {} : { revokedAt: null }) },
    orderBy: { seq: "asc" },
    select: recordSelect,
  });
  return rows.map((r) => shape(r as Row));
}

export async function getCertificateRecord(certificateId: string): Promise<CertificateRecord | null> {
  const row = await db.certificate.findUnique({ where: { id: certificateId }, select: recordSelect });
  return row ? shape(row as Row) : null;
}
