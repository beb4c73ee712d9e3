// A participant's download of all their own data (docs/DOMAIN.md "Personal data"): profile (without the
// password hash), consents, attempts with what they answered, awards, certificates and any
// disqualification. Every export is written to the audit log.
import "server-only";
import { audit } from "../audit/log";
import { db } from "../db";
import { now } from "../time";
import { profileSelect } from "./account";
import { mayReviewAttempt } from "../attempts/answer-review";
import { exportItem, type ExportedItem } from "./attempt-summary";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export interface ParticipantDataExport {
  exportedAt: string;
  contest: { name: string; slug: string; organiser: string };
  profile: {
    id: string;
    fullName: string;
    birthDate: string;
    gender: string;
    cccd: string;
    phone: string;
    email: string | null;
    group: string;
    district: string | null;
    wardName: string;
    unit: string;
    isOrganiserMember: boolean;
    registeredAt: string;
    registrationIpHash: string | null;
    updatedAt: string;
  };
  consents: { version: number; acceptedAt: string; text: string }[];
  attempts: {
    round: { number: number; name: string };
    number: number;
    status: string;
    startedAt: string;
    deadline: string;
    submittedAt: string | null;
    submitSource: string | null;
    durationMs: number | null;
    correctCount: number | null;
    prediction: number | null;
    items: ExportedItem[];
  }[];
  awards: { round: { number: number; name: string }; tierName: string; rank: number; createdAt: string }[];
  certificates: {
    round: { number: number; name: string };
    tierName: string;
    number: string;
    verificationCode: string;
    issuedAt: string;
    revokedAt: string | null;
  }[];
  disqualifications: { round: { number: number; name: string }; reason: string; createdAt: string; revokedAt: string | null; revokeReason: string | null }[];
}

const roundRef = { select: { number: true, name: true } } as const;

/** Builds the export and records it in the audit log (actor: the participant). Null if unknown. */
export async function exportParticipantData(participantId: string): Promise<ParticipantDataExport | null> {
  const p = await db.participant.findUnique({
    where: { id: participantId },
    select: {
      ...profileSelect,
      isOrganiserMember: true,
      registrationIpHash: true,
      updatedAt: true,
      contest: { select: { name: true, slug: true, organiser: true } },
      consents: { orderBy: { acceptedAt: "asc" }, select: { version: true, acceptedAt: true, consentText: { select: { text: true } } } },
      attempts: {
        orderBy: [{ round: { number: "asc" } }, { number: "asc" }],
        select: {
          number: true,
          status: true,
          startedAt: true,
          deadline: true,
          submittedAt: true,
          submitSource: true,
          durationMs: true,
          correctCount: true,
          prediction: true,
          round: { select: { number: true, name: true, answerReview: true, closesAt: true } },
          items: {
            orderBy: { position: "asc" },
            select: {
              position: true,
              optionOrder: true,
              chosenIndex: true,
              savedAt: true,
              isCorrect: true,
              questionVersion: { select: { text: true, options: true } },
            },
          },
        },
      },
      awards: {
        orderBy: { round: { number: "asc" } },
        select: {
          tierName: true,
          rank: true,
          createdAt: true,
          round: roundRef,
          certificate: { select: { number: true, verificationCode: true, issuedAt: true, revokedAt: true } },
        },
      },
      disqualifications: {
        orderBy: { createdAt: "asc" },
        select: { reason: true, createdAt: true, revokedAt: true, revokeReason: true, round: roundRef },
      },
    },
  });
  if (!p) return null;
  const at = now();
  const data: ParticipantDataExport = {
    exportedAt: at.toISOString(),
    contest: p.contest,
    profile: {
      id: p.id,
      fullName: p.fullName,
      birthDate: p.birthDate,
      gender: p.gender,
      cccd: p.cccd,
      phone: p.phone,
      email: p.email,
      group: p.group,
      district: p.district?.name ?? null,
      wardName: p.wardName,
      unit: p.unit?.name ?? p.unitName,
      isOrganiserMember: p.isOrganiserMember,
      registeredAt: p.registeredAt.toISOString(),
      registrationIpHash: p.registrationIpHash,
      updatedAt: p.updatedAt.toISOString(),
    },
    consents: p.consents.map((c) => ({ version: c.version, acceptedAt: c.acceptedAt.toISOString(), text: c.consentText.text })),
    attempts: p.attempts.map((a) => {
      // The one review rule of the result page: no correctness before it allows it.
      const reviewAllowed = mayReviewAttempt(a, a.round, at);
      return {
        round: { number: a.round.number, name: a.round.name },
        number: a.number,
        status: a.status,
        startedAt: a.startedAt.toISOString(),
        deadline: a.deadline.toISOString(),
        submittedAt: iso(a.submittedAt),
        submitSource: a.submitSource,
        durationMs: a.durationMs,
        correctCount: a.correctCount,
        prediction: a.prediction,
        items: a.items.map((i) => exportItem({ ...i, text: i.questionVersion.text, options: i.questionVersion.options }, reviewAllowed)),
      };
    }),
    awards: p.awards.map((a) => ({ round: a.round, tierName: a.tierName, rank: a.rank, createdAt: a.createdAt.toISOString() })),
    certificates: p.awards.flatMap((a) =>
      a.certificate
        ? [
            {
              round: a.round,
              tierName: a.tierName,
              number: a.certificate.number,
              verificationCode: a.certificate.verificationCode,
              issuedAt: a.certificate.issuedAt.toISOString(),
              revokedAt: iso(a.certificate.revokedAt),
            },
          ]
        : [],
    ),
    disqualifications: p.disqualifications.map((d) => ({
      round: d.round,
      reason: d.reason,
      createdAt: d.createdAt.toISOString(),
      revokedAt: iso(d.revokedAt),
      revokeReason: d.revokeReason,
    })),
  };
  await audit({
    actor: { type: "PARTICIPANT", id: p.id, name: p.fullName },
    action: "participant.export",
    entityType: "Participant",
    entityId: p.id,
    after: { attempts: data.attempts.length, awards: data.awards.length },
  });
  return data;
}
