// Everything printed on a certificate, read in one query per call and shaped for the data
// export and the PDF (docs/DOMAIN.md "Certificates"). Staff-side: holds the full name and birth date.
import "server-only";
import type { RoundStatus } from "../contests/round-status";
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
  round: { id: string; number: number; name: string; year: number; status: RoundStatus; decisionNumber: string | null; decisionDate: string | null };
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
        select: {
          id: true,
          fullName: true,
          birthDate: true,
          unitName: true,
          wardName: true,
          unit: { select: { name: true } },
          district: { select: { name: true } },
        },
      },
      round: { select: { id: true, number: true, name: true, awardYear: true, status: true, decisionNumber: true, decisionDate: true } },
    },
  },
} as const;

/** What recordSelect reads: the certificate's own fields as the record has them, and its award. */
type Row = Pick<CertificateRecord, "id" | "seq" | "number" | "verificationCode" | "issuedAt" | "revokedAt" | "revokeReason" | "contest"> & {
  award: {
    tierName: string;
    tierOrder: number;
    rank: number;
    participant: {
      id: string;
      fullName: string;
      birthDate: string;
      unitName: string;
      wardName: string;
      unit: { name: string } | null;
      district: { name: string } | null;
    };
    round: { id: string; number: number; name: string; awardYear: number; status: RoundStatus; decisionNumber: string | null; decisionDate: string | null };
  };
};

function shape({ award, ...certificate }: Row): CertificateRecord {
  const {
    participant: p,
    round: { awardYear, ...round },
  } = award;
  return {
    ...certificate,
    holder: {
      participantId: p.id,
      fullName: p.fullName,
      birthDate: p.birthDate,
      unitOrAddress: unitOrAddress({ unitName: p.unitName || p.unit?.name || "", wardName: p.wardName, districtName: p.district?.name ?? null }),
    },
    prize: { tierName: award.tierName, tierOrder: award.tierOrder, rank: award.rank },
    round: { ...round, year: awardYear },
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
