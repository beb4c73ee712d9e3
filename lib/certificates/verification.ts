// The public certificate check at /chung-nhan/<code> (docs/DOMAIN.md "Certificates", "Personal data"):
// the holder's name and masked CCCD, the prize, round and contest. Nothing else personal.
import "server-only";
import { db } from "../db";
import { maskCccd } from "../text";
import { isVerificationCodeShape } from "./numbering";

export interface PublicCertificateCheck {
  status: "valid" | "revoked";
  number: string;
  holderName: string;
  cccdMasked: string;
  prizeName: string;
  roundName: string;
  year: number;
  contestName: string;
  organiser: string;
  issuedAt: Date;
  revokedAt: Date | null;
  revokeReason: string | null;
}

/** Null when no certificate has this code (or the code cannot be one). */
export async function getCertificateVerification(code: string): Promise<PublicCertificateCheck | null> {
  if (!isVerificationCodeShape(code)) return null;
  const row = await db.certificate.findUnique({
    where: { verificationCode: code },
    select: {
      number: true,
      issuedAt: true,
      revokedAt: true,
      revokeReason: true,
      contest: { select: { name: true, organiser: true } },
      award: {
        select: {
          tierName: true,
          participant: { select: { fullName: true, cccd: true } },
          round: { select: { name: true, awardYear: true } },
        },
      },
    },
  });
  if (!row) return null;
  return {
    status: row.revokedAt ? "revoked" : "valid",
    number: row.number,
    holderName: row.award.participant.fullName,
    cccdMasked: maskCccd(row.award.participant.cccd),
    prizeName: row.award.tierName,
    roundName: row.award.round.name,
    year: row.award.round.awardYear,
    contestName: row.contest.name,
    organiser: row.contest.organiser,
    issuedAt: row.issuedAt,
    revokedAt: row.revokedAt,
    revokeReason: row.revokeReason,
  };
}
