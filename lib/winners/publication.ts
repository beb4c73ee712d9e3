// Published winners (docs/DOMAIN.md §8, "Personal data"): per round of a contest, once PUBLISHED,
// the winners by tier with name, district/unit and masked CCCD/phone, the true prediction value,
// the number of participants and the approved computation's hash, also as a canonical JSON document
// whose SHA-256 is shown beside it. Nothing of an unpublished round leaves the server.
import "server-only";
import { createHash } from "node:crypto";
import { getContestBySlug, getFeaturedContest, listContests, type PublicContest } from "../contests/queries";
import { isRoundPublished } from "../contests/round-status";
import { db } from "../db";
import { maskCccd, maskPhone } from "../text";
import { awardMonthLabel } from "./run";

interface PublicWinner {
  rank: number;
  fullName: string;
  district: string | null;
  unitName: string;
  cccd: string; // masked
  phone: string; // masked
}

interface PublicTier {
  code: string;
  name: string;
  order: number;
  winners: PublicWinner[];
}

export interface PublicRoundResult {
  id: string;
  number: number;
  name: string;
  closesAt: Date;
  awardMonth: string; // "03/2023"
  published: boolean;
  publishedAt: Date | null;
  trueValue: number | null;
  participantCount: number | null;
  /** The approved computation's fingerprint (lib/ranking/input-hash.ts), also in the approval audit entry. */
  inputHash: string | null;
  /** The published result as a JSON document (the route /ket-qua/<roundId>) and the SHA-256 of its bytes. */
  document: { href: string; fileName: string; sha256: string } | null;
  tiers: PublicTier[];
}

export interface PublicResults {
  contest: { slug: string; name: string; year: number; organiser: string; isFeatured: boolean };
  rounds: PublicRoundResult[];
  otherContests: { slug: string; name: string; year: number; isFeatured: boolean }[];
}

/** Version of the published document's shape: bump when a field is added, renamed or reordered. */
const RESULT_DOCUMENT_FORMAT = "ket-qua-cong-bo/1";

interface PublishedRound {
  id: string;
  number: number;
  name: string;
  publishedAt: Date | null;
  contest: { slug: string; name: string; organiser: string };
}

interface Published {
  round: PublishedRound;
  computation: { id: string; trueValue: number; participantCount: number; attemptCount: number; inputHash: string } | null;
  tiers: PublicTier[];
  /** Exactly the bytes the JSON route returns, and their SHA-256 (hex). */
  body: string;
  sha256: string;
}

/**
 * The canonical document of a published round: fixed key order, winners in tier then rank order,
 * pretty-printed with a final newline. Its SHA-256 is shown on /ket-qua, so anyone who downloads
 * it can check it is the list the jury approved (its inputHash is in the approval audit entry).
 */
function documentOf(round: PublishedRound, computation: Published["computation"], tiers: PublicTier[]): string {
  const doc = {
    format: RESULT_DOCUMENT_FORMAT,
    contest: { slug: round.contest.slug, name: round.contest.name, organiser: round.contest.organiser },
    round: { id: round.id, number: round.number, name: round.name },
    publishedAt: round.publishedAt?.toISOString() ?? null,
    trueValue: computation?.trueValue ?? null,
    participantCount: computation?.participantCount ?? null,
    attemptCount: computation?.attemptCount ?? null,
    computationId: computation?.id ?? null,
    inputHash: computation?.inputHash ?? null,
    winners: tiers.flatMap((t) =>
      t.winners.map((w) => ({
        rank: w.rank,
        tierCode: t.code,
        tierName: t.name,
        fullName: w.fullName,
        cccd: w.cccd,
        phone: w.phone,
        district: w.district,
        unitName: w.unitName,
      })),
    ),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/**
 * The published result of each given PUBLISHED round: the computation the jury approved (named by
 * the approval audit entry, lib/winners/jury.ts approveWinners; else by the awards), its winners
 * masked, and the canonical document. Three queries whatever the number of rounds.
 */
async function publishedResults(rounds: PublishedRound[]): Promise<Map<string, Published>> {
  const ids = rounds.map((r) => r.id);
  if (ids.length === 0) return new Map();
  const [awards, approvals] = await Promise.all([
    db.award.findMany({
      where: { roundId: { in: ids } },
      orderBy: [{ tierOrder: "asc" }, { rank: "asc" }],
      select: {
        roundId: true,
        computationId: true,
        rank: true,
        tierCode: true,
        tierName: true,
        tierOrder: true,
        participant: { select: { fullName: true, unitName: true, cccd: true, phone: true, district: { select: { name: true } } } },
      },
    }),
    db.auditLog.findMany({
      where: { action: "round.approve-winners", entityType: "Round", entityId: { in: ids } },
      orderBy: { id: "asc" },
      select: { entityId: true, after: true },
    }),
  ]);
  const approved = new Map<string, string>();
  for (const a of awards) if (!approved.has(a.roundId)) approved.set(a.roundId, a.computationId);
  for (const a of approvals) {
    const id = (a.after as { computationId?: unknown } | null)?.computationId;
    if (a.entityId && typeof id === "string") approved.set(a.entityId, id); // the latest approval wins
  }
  const computations = await db.winnerComputation.findMany({
    where: { id: { in: [...new Set(approved.values())] } },
    select: { id: true, trueValue: true, participantCount: true, attemptCount: true, inputHash: true },
  });
  const byId = new Map(computations.map((c) => [c.id, c]));
  const out = new Map<string, Published>();
  for (const round of rounds) {
    const tiers: PublicTier[] = [];
    for (const a of awards) {
      if (a.roundId !== round.id) continue;
      let tier = tiers.find((t) => t.code === a.tierCode);
      if (!tier) tiers.push((tier = { code: a.tierCode, name: a.tierName, order: a.tierOrder, winners: [] }));
      tier.winners.push({
        rank: a.rank,
        fullName: a.participant.fullName,
        district: a.participant.district?.name ?? null,
        unitName: a.participant.unitName,
        cccd: maskCccd(a.participant.cccd),
        phone: maskPhone(a.participant.phone),
      });
    }
    const computation = byId.get(approved.get(round.id) ?? "") ?? null;
    const body = documentOf(round, computation, tiers);
    out.set(round.id, { round, computation, tiers, body, sha256: createHash("sha256").update(body, "utf8").digest("hex") });
  }
  return out;
}

/** The file name people get when they download a round's published result. */
function documentFileName(round: PublishedRound): string {
  return `ket-qua-${round.contest.slug}-dot-${round.number}.json`;
}

async function resultsOf(contest: PublicContest): Promise<PublicRoundResult[]> {
  const org = { slug: contest.slug, name: contest.name, organiser: contest.organiser };
  const published = await publishedResults(
    contest.rounds
      .filter((r) => isRoundPublished(r.status))
      .map((r) => ({ id: r.id, number: r.number, name: r.name, publishedAt: r.publishedAt, contest: org })),
  );
  return contest.rounds.map((r) => {
    const p = published.get(r.id);
    return {
      id: r.id,
      number: r.number,
      name: r.name,
      closesAt: r.closesAt,
      awardMonth: awardMonthLabel(r),
      published: !!p,
      publishedAt: p ? r.publishedAt : null,
      trueValue: p?.computation?.trueValue ?? null,
      participantCount: p?.computation?.participantCount ?? null,
      inputHash: p?.computation?.inputHash ?? null,
      document: p ? { href: `/ket-qua/${encodeURIComponent(r.id)}`, fileName: documentFileName(p.round), sha256: p.sha256 } : null,
      tiers: p ? p.tiers : [],
    };
  });
}

/**
 * The published result of one round as the JSON route serves it (exactly these bytes), or null
 * when the round does not exist, is not PUBLISHED or belongs to an unpublished contest.
 */
export async function getPublishedResultDocument(roundId: string): Promise<{ body: string; sha256: string; fileName: string } | null> {
  const round = await db.round.findFirst({
    where: { id: roundId, status: "PUBLISHED", contest: { isPublished: true } },
    select: { id: true, number: true, name: true, publishedAt: true, contest: { select: { slug: true, name: true, organiser: true } } },
  });
  if (!round) return null;
  const p = (await publishedResults([round])).get(round.id)!;
  return { body: p.body, sha256: p.sha256, fileName: documentFileName(round) };
}

/** /ket-qua: the featured contest, or the one named by `?cuoc-thi=<slug>`. Null when there is none. */
export async function getPublicResults(slug?: string | null): Promise<PublicResults | null> {
  const contest = slug ? await getContestBySlug(slug) : await getFeaturedContest();
  if (!contest) return null;
  const [rounds, all] = await Promise.all([resultsOf(contest), listContests()]);
  return {
    contest: { slug: contest.slug, name: contest.name, year: contest.year, organiser: contest.organiser, isFeatured: contest.isFeatured },
    rounds,
    otherContests: all.filter((c) => c.slug !== contest.slug).map((c) => ({ slug: c.slug, name: c.name, year: c.year, isFeatured: c.isFeatured })),
  };
}
