// The signed-in winner's certificates, for the /ca-nhan page (its owner links each to
// /ca-nhan/chung-nhan/<id>, which serves the PDF).
import "server-only";
import { db } from "../db";

export interface OwnCertificate {
  id: string;
  number: string;
  tierName: string;
  roundName: string;
  year: number;
  contestName: string;
  downloadHref: string;
}

/** Downloadable ones only: published rounds, not revoked (docs/DOMAIN.md §8). */
export async function listOwnCertificates(participantId: string): Promise<OwnCertificate[]> {
  const rows = await db.certificate.findMany({
    where: { revokedAt: null, award: { participantId, round: { status: "PUBLISHED" } } },
    orderBy: { issuedAt: "desc" },
    select: {
      id: true,
      number: true,
      contest: { select: { name: true } },
      award: { select: { tierName: true, round: { select: { name: true, awardYear: true } } } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    tierName: r.award.tierName,
    roundName: r.award.round.name,
    year: r.award.round.awardYear,
    contestName: r.contest.name,
    downloadHref: `/ca-nhan/chung-nhan/${r.id}`,
  }));
}
