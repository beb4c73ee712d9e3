// What a signed-in participant sees of their own account on /ca-nhan: details, attempts per round,
// awards and certificates. Shaped objects only (never the password hash).
import "server-only";
import { closeExpiredAttempts } from "../attempts/close";
import { db } from "../db";
import { roundPhase, type RoundPhase } from "../contests/round-phase";
import { VISIBLE_ROUND_STATUSES } from "../contests/round-status";
import { now } from "../time";
import { summariseAttempts, type AttemptView } from "./attempt-summary";
import type { GenderValue, ParticipantGroupValue } from "./labels";

export interface ParticipantProfile {
  id: string;
  contest: { id: string; name: string; slug: string; isFeatured: boolean };
  fullName: string;
  birthDate: string; // yyyy-MM-dd
  gender: GenderValue;
  cccd: string;
  phone: string;
  email: string | null;
  group: ParticipantGroupValue;
  districtName: string;
  wardName: string;
  unitName: string;
  registeredAt: Date;
}

/** The registration as the person gave it; the staff record and the data download spread it (and pick their own `contest`). */
export const profileSelect = {
  id: true,
  fullName: true,
  birthDate: true,
  gender: true,
  cccd: true,
  phone: true,
  email: true,
  group: true,
  wardName: true,
  unitName: true,
  registeredAt: true,
  contest: { select: { id: true, name: true, slug: true, isFeatured: true } },
  district: { select: { name: true } },
  unit: { select: { name: true } },
} as const;

/** What profileSelect reads: the profile with the district and the unit as rows. */
type ProfileRow = Omit<ParticipantProfile, "districtName"> & {
  district: { name: string } | null;
  unit: { name: string } | null;
};

function shapeProfile(row: ProfileRow): ParticipantProfile {
  const { district, unit, ...rest } = row;
  // The unit's current name when it is still in the list, else the name given at registration.
  return { ...rest, districtName: district?.name ?? "", unitName: unit?.name ?? row.unitName };
}

export async function getParticipantProfile(participantId: string): Promise<ParticipantProfile | null> {
  const row = await db.participant.findUnique({ where: { id: participantId }, select: profileSelect });
  return row ? shapeProfile(row) : null;
}

export interface RoundAttempts {
  id: string;
  number: number;
  name: string;
  attemptsAllowed: number;
  opensAt: Date;
  closesAt: Date;
  phase: RoundPhase;
  attempts: AttemptView[];
}

export interface AwardView {
  id: string;
  roundNumber: number;
  roundName: string;
  tierName: string;
  certificate: { id: string; number: string; verificationCode: string; issuedAt: Date; isRevoked: boolean } | null;
}

export interface ParticipantDashboard {
  profile: ParticipantProfile;
  rounds: RoundAttempts[];
  awards: AwardView[];
}

export async function getParticipantDashboard(participantId: string): Promise<ParticipantDashboard | null> {
  // An attempt nobody submitted is closed the first time anything reads it after its deadline.
  const [profile] = await Promise.all([getParticipantProfile(participantId), closeExpiredAttempts(participantId)]);
  if (!profile) return null;
  const [rounds, awards] = await Promise.all([
    db.round.findMany({
      where: { contestId: profile.contest.id, OR: [{ status: { in: VISIBLE_ROUND_STATUSES } }, { attempts: { some: { participantId } } }] },
      orderBy: { number: "asc" },
      select: {
        id: true,
        number: true,
        name: true,
        attemptsAllowed: true,
        opensAt: true,
        closesAt: true,
        status: true,
        attempts: {
          where: { participantId },
          orderBy: { number: "asc" },
          select: {
            id: true,
            number: true,
            status: true,
            startedAt: true,
            deadline: true,
            submittedAt: true,
            durationMs: true,
            correctCount: true,
            _count: { select: { items: true } },
            // On a submitted attempt an ungraded item is one a regrade dropped from the score.
            items: { where: { isCorrect: null, attempt: { status: "SUBMITTED" } }, select: { position: true } },
          },
        },
      },
    }),
    db.award.findMany({
      // Awards exist from the jury's approval; the winner sees them once the results are public.
      where: { participantId, round: { status: "PUBLISHED" } },
      orderBy: [{ round: { number: "asc" } }, { tierOrder: "asc" }],
      select: {
        id: true,
        tierName: true,
        round: { select: { number: true, name: true } },
        certificate: { select: { id: true, number: true, verificationCode: true, issuedAt: true, revokedAt: true } },
      },
    }),
  ]);
  const at = now();
  return {
    profile,
    rounds: rounds.map(({ attempts, status, ...round }) => ({
      ...round,
      phase: roundPhase({ ...round, status }, at),
      attempts: summariseAttempts(
        attempts.map(({ _count, items, ...a }) => ({ ...a, itemCount: _count.items - items.length })),
        at,
      ),
    })),
    awards: awards.map((a) => ({
      id: a.id,
      roundNumber: a.round.number,
      roundName: a.round.name,
      tierName: a.tierName,
      certificate: a.certificate
        ? {
            id: a.certificate.id,
            number: a.certificate.number,
            verificationCode: a.certificate.verificationCode,
            issuedAt: a.certificate.issuedAt,
            isRevoked: a.certificate.revokedAt !== null,
          }
        : null,
    })),
  };
}
