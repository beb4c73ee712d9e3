// Certificate numbering for an approved round (docs/DOMAIN.md "Certificates"): a per-contest sequence
// that is never reused, handed out in award order (tier, then rank). Safe to run in parallel and
// to re-run: an award that already has a certificate keeps its number.
import "server-only";
import { appendAudit } from "../audit/log";
import { db, type Tx } from "../db";
import { isUniqueViolation } from "../db/errors";
import { now } from "../time";
import { allocatedRange, formatCertificateNumber, generateVerificationCode, isValidCertificatePattern } from "./numbering";
import { staffActor, type StaffActor } from "../staff/actor";
import { isCertifiable } from "./status";

export type GenerateOutcome = { ok: true; created: number; issued: number; total: number; numbers: string[] } | { ok: false; status: 404 | 409; error: string };

class Refusal extends Error {
  constructor(
    readonly status: 404 | 409,
    message: string,
  ) {
    super(message);
  }
}

async function generateChunk(tx: Tx, roundId: string, contestId: string, limit: number, actor: StaffActor) {
  // Take the contest's row lock first (PostgreSQL) / the write lock (SQLite): parallel generations
  // for one contest queue here, and each then sees the certificates the previous one committed.
  await tx.$executeRaw`UPDATE "Contest" SET "certificateSeq" = "certificateSeq" WHERE "id" = ${contestId}`;
  const round = await tx.round.findUnique({ where: { id: roundId }, select: { status: true, decisionNumber: true, decisionDate: true } });
  if (!round) throw new Refusal(404, "Không tìm thấy vòng thi.");
  if (!isCertifiable(round.status)) {
    throw new Refusal(409, "Chỉ cấp giấy chứng nhận cho vòng thi đã được Ban Giám khảo phê duyệt.");
  }
  if (!round.decisionNumber || !round.decisionDate) {
    throw new Refusal(409, "Nhập số và ngày quyết định khen thưởng trước khi cấp số giấy chứng nhận.");
  }
  const total = await tx.award.count({ where: { roundId } });
  const pending = await tx.award.findMany({
    where: { roundId, certificate: { is: null } },
    orderBy: [{ tierOrder: "asc" }, { rank: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true },
  });
  if (pending.length === 0) return { created: 0, issued: total, total, numbers: [] as string[] };

  const contest = await tx.contest.findUniqueOrThrow({ where: { id: contestId }, select: { certificatePattern: true, year: true } });
  if (!isValidCertificatePattern(contest.certificatePattern)) {
    throw new Refusal(409, "Mẫu số giấy chứng nhận của cuộc thi phải chứa {n} (ví dụ {n:2}/GCN-BTC).");
  }
  // One atomic increment reserves the whole chunk; a rolled-back transaction gives its numbers back
  // with it, a committed one never does (revoked certificates keep theirs).
  const counter = await tx.contest.update({
    where: { id: contestId },
    data: { certificateSeq: { increment: pending.length } },
    select: { certificateSeq: true },
  });
  const seqs = allocatedRange(counter.certificateSeq, pending.length);
  const issuedAt = now();
  const data = pending.map((a, i) => ({
    contestId,
    awardId: a.id,
    seq: seqs[i],
    number: formatCertificateNumber(contest.certificatePattern, seqs[i], contest.year),
    verificationCode: generateVerificationCode(),
    issuedAt,
  }));
  await tx.certificate.createMany({ data });
  const numbers = data.map((d) => d.number);
  await appendAudit(tx, {
    actor: staffActor(actor),
    action: "certificate.generate",
    entityType: "Round",
    entityId: roundId,
    after: { count: numbers.length, first: numbers[0], last: numbers[numbers.length - 1] },
  });
  const issued = await tx.certificate.count({ where: { award: { roundId } } });
  return { created: data.length, issued, total, numbers };
}

/**
 * Numbers up to `limit` more awards of the round (the page calls it repeatedly to show progress).
 * A unique-key collision (another instance numbered the same award first, or a random code
 * collided) rolls the chunk back; it is then retried against what is now stored.
 */
export async function generateRoundCertificates(roundId: string, actor: StaffActor, options: { limit?: number } = {}): Promise<GenerateOutcome> {
  const limit = Math.max(1, Math.min(options.limit ?? 10, 200));
  const round = await db.round.findUnique({ where: { id: roundId }, select: { contestId: true } });
  if (!round) return { ok: false, status: 404, error: "Không tìm thấy vòng thi." };
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await db.$transaction((tx) => generateChunk(tx, roundId, round.contestId, limit, actor), { maxWait: 20_000, timeout: 60_000 });
      return { ok: true, ...result };
    } catch (err) {
      if (err instanceof Refusal) return { ok: false, status: err.status, error: err.message };
      if (isUniqueViolation(err) && attempt < 4) continue;
      if (isUniqueViolation(err)) {
        return { ok: false, status: 409, error: "Số giấy chứng nhận bị trùng với số đã cấp. Kiểm tra mẫu số của cuộc thi rồi thử lại." };
      }
      throw err;
    }
  }
}
