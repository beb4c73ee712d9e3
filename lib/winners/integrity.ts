// Integrity flags for the jury (docs/DOMAIN.md §9: duplicate people, false details, automated
// answering), computed in the database for the participants on the page being reviewed. A flag is
// a hint for a human decision, never an automatic disqualification.
import "server-only";
import { join, raw, sqltag as sql } from "@prisma/client/runtime/client";
import { db } from "../db";

/** Faster than this per question is not a person reading the question (automated answering). */
const FAST_MS_PER_QUESTION = 3_000;
/** This many accounts or more behind one network/device fingerprint deserve a look. */
const SHARED_NETWORK_THRESHOLD = 5;

export type IntegrityFlag =
  "FAST_ATTEMPT" | "SIMILAR_PHONE" | "SIMILAR_CCCD" | "SAME_NAME_BIRTHDATE" | "SHARED_REGISTRATION_NETWORK" | "SHARED_ATTEMPT_NETWORK";

export const FLAG_LABEL: Record<IntegrityFlag, string> = {
  FAST_ATTEMPT: `Làm bài quá nhanh (dưới ${FAST_MS_PER_QUESTION / 1000} giây mỗi câu)`,
  SIMILAR_PHONE: "Số điện thoại trùng 8 số cuối với tài khoản khác",
  SIMILAR_CCCD: "Số CCCD trùng năm sinh và 6 số cuối với tài khoản khác",
  SAME_NAME_BIRTHDATE: "Trùng họ tên và ngày sinh với tài khoản khác",
  SHARED_REGISTRATION_NETWORK: `Cùng mạng đăng ký với từ ${SHARED_NETWORK_THRESHOLD} tài khoản trở lên`,
  SHARED_ATTEMPT_NETWORK: `Cùng mạng làm bài với từ ${SHARED_NETWORK_THRESHOLD} thí sinh trở lên`,
};

// Portable "last n characters" (PostgreSQL's substr does not take a negative start).
const last8 = (column: string) => raw(`substr(${column}, length(${column}) - 7)`);

/**
 * Flags for the given participants of one round. Six set-based queries whatever the page size.
 * Phone: same last 8 digits (e.g. the 2018 move of 11-digit numbers to 10 digits keeps them).
 * CCCD: same birth-year digits and serial, differing only in the province/century-gender prefix.
 */
export async function integrityFlags(args: {
  contestId: string;
  roundId: string;
  questionCount: number;
  participantIds: string[];
}): Promise<Map<string, IntegrityFlag[]>> {
  const flags = new Map<string, IntegrityFlag[]>();
  if (args.participantIds.length === 0) return flags;
  const add = (id: string, flag: IntegrityFlag) => {
    const list = flags.get(id) ?? [];
    if (!list.includes(flag)) list.push(flag);
    flags.set(id, list);
  };
  const people = await db.participant.findMany({
    where: { id: { in: args.participantIds } },
    select: { id: true, phone: true, cccd: true, fullNameSearch: true, birthDate: true, registrationIpHash: true },
  });
  const phones = [...new Set(people.map((p) => p.phone.slice(-8)))];
  const cccds = [...new Set(people.map((p) => p.cccd.slice(-8)))];
  const names = [...new Set(people.map((p) => p.fullNameSearch))];
  const regIps = [...new Set(people.map((p) => p.registrationIpHash).filter((h): h is string => !!h))];

  const [fast, phoneTwins, cccdTwins, nameTwins, regGroups, pageAttemptIps] = await Promise.all([
    db.attempt.groupBy({
      by: ["participantId"],
      where: {
        roundId: args.roundId,
        participantId: { in: args.participantIds },
        status: "SUBMITTED",
        durationMs: { lt: FAST_MS_PER_QUESTION * args.questionCount },
      },
      _count: { _all: true },
    }),
    db.$queryRaw<{ id: string; k: string }[]>(sql`
      SELECT "id", ${last8('"phone"')} AS "k" FROM "Participant"
      WHERE "contestId" = ${args.contestId} AND ${last8('"phone"')} IN (${join(phones)})`),
    db.$queryRaw<{ id: string; k: string }[]>(sql`
      SELECT "id", ${last8('"cccd"')} AS "k" FROM "Participant"
      WHERE "contestId" = ${args.contestId} AND ${last8('"cccd"')} IN (${join(cccds)})`),
    db.participant.findMany({
      where: { contestId: args.contestId, fullNameSearch: { in: names } },
      select: { id: true, fullNameSearch: true, birthDate: true },
    }),
    regIps.length
      ? db.participant.groupBy({ by: ["registrationIpHash"], where: { contestId: args.contestId, registrationIpHash: { in: regIps } }, _count: { _all: true } })
      : Promise.resolve([]),
    db.attempt.findMany({
      where: { roundId: args.roundId, participantId: { in: args.participantIds }, ipHash: { not: null } },
      distinct: ["participantId", "ipHash"],
      select: { participantId: true, ipHash: true },
    }),
  ]);

  for (const f of fast) add(f.participantId, "FAST_ATTEMPT");
  const twins = (rows: { id: string; k: string }[], key: (p: (typeof people)[number]) => string, flag: IntegrityFlag) => {
    const byKey = new Map<string, Set<string>>();
    for (const r of rows) byKey.set(r.k, (byKey.get(r.k) ?? new Set()).add(r.id));
    for (const p of people) if ((byKey.get(key(p))?.size ?? 0) > 1) add(p.id, flag);
  };
  twins(phoneTwins, (p) => p.phone.slice(-8), "SIMILAR_PHONE");
  twins(cccdTwins, (p) => p.cccd.slice(-8), "SIMILAR_CCCD");
  twins(
    nameTwins.map((n) => ({ id: n.id, k: `${n.fullNameSearch}|${n.birthDate}` })),
    (p) => `${p.fullNameSearch}|${p.birthDate}`,
    "SAME_NAME_BIRTHDATE",
  );
  const crowdedReg = new Set(regGroups.filter((g) => g._count._all >= SHARED_NETWORK_THRESHOLD).map((g) => g.registrationIpHash));
  for (const p of people) if (p.registrationIpHash && crowdedReg.has(p.registrationIpHash)) add(p.id, "SHARED_REGISTRATION_NETWORK");

  const attemptIps = [...new Set(pageAttemptIps.map((a) => a.ipHash!))];
  if (attemptIps.length > 0) {
    const crowded = await db.$queryRaw<{ ipHash: string; n: unknown }[]>(sql`
      SELECT "ipHash", COUNT(DISTINCT "participantId") AS "n" FROM "Attempt"
      WHERE "roundId" = ${args.roundId} AND "ipHash" IN (${join(attemptIps)})
      GROUP BY "ipHash"`);
    const crowdedIps = new Set(crowded.filter((c) => Number(c.n) >= SHARED_NETWORK_THRESHOLD).map((c) => c.ipHash));
    for (const a of pageAttemptIps) if (crowdedIps.has(a.ipHash!)) add(a.participantId, "SHARED_ATTEMPT_NETWORK");
  }
  return flags;
}
