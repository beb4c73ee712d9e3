// Public participation figures of a contest (`/thong-ke`): per round and per district, counts only —
// no names, no units, nothing about a person. Rounds still in draft are not shown. The result is
// plain JSON (ISO strings, no Date) so it can live in Next's data cache.
import "server-only";
import { VISIBLE_ROUND_STATUSES } from "../contests/round-status";
import { db } from "../db";
import { now } from "../time";
import { join, num } from "./sql";

interface PublicCounts {
  participants: number;
  attempts: number;
}

export interface PublicStatistics {
  updatedAt: string;
  rounds: { id: string; number: number; name: string; opensAt: string; closesAt: string; counts: PublicCounts }[];
  total: PublicCounts;
  districts: { id: string | null; name: string; total: PublicCounts; byRound: Record<string, PublicCounts> }[];
}

const ZERO: PublicCounts = { participants: 0, attempts: 0 };

export async function getPublicStatistics(contestId: string): Promise<PublicStatistics> {
  const [rounds, districts] = await Promise.all([
    db.round.findMany({
      where: { contestId, status: { in: VISIBLE_ROUND_STATUSES } },
      orderBy: { number: "asc" },
      select: { id: true, number: true, name: true, opensAt: true, closesAt: true },
    }),
    db.district.findMany({ where: { contestId }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
  ]);
  const result: PublicStatistics = { updatedAt: now().toISOString(), rounds: [], total: ZERO, districts: [] };
  if (rounds.length === 0) return result;

  const ids = join(rounds.map((r) => r.id));
  // One pass: per (round, person) first, then rolled up per (round, district) and per district.
  // A person belongs to one district, so people per (round, district) add up to the round's people,
  // and people per district (over all rounds, counted distinct) add up to the contest's.
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    WITH t AS (
      SELECT a."roundId" AS "rid", a."participantId" AS "pid", COUNT(*) AS "n"
      FROM "Attempt" a
      WHERE a."roundId" IN (${ids}) AND a."status" = 'SUBMITTED'
      GROUP BY a."roundId", a."participantId"
    ), pp AS (
      SELECT t."rid", t."pid", t."n", p."districtId" AS "districtId" FROM t JOIN "Participant" p ON p."id" = t."pid"
    )
    SELECT pp."rid" AS "roundId", pp."districtId" AS "districtId", COUNT(*) AS "participants", SUM(pp."n") AS "attempts"
    FROM pp GROUP BY pp."rid", pp."districtId"
    UNION ALL
    SELECT NULL, pp."districtId", COUNT(DISTINCT pp."pid"), SUM(pp."n")
    FROM pp GROUP BY pp."districtId"`;
  const perRound = rows.filter((r) => r.roundId !== null);
  const perDistrict = rows.filter((r) => r.roundId === null);

  const key = (v: unknown) => (v === null ? "" : String(v));
  const counts = (r: Record<string, unknown> | undefined): PublicCounts => (r ? { participants: num(r.participants), attempts: num(r.attempts) } : ZERO);
  const roundTotals = new Map<string, PublicCounts>();
  const cell = new Map<string, PublicCounts>();
  for (const r of perRound) {
    const c = counts(r);
    cell.set(`${key(r.roundId)}|${key(r.districtId)}`, c);
    const t = roundTotals.get(String(r.roundId)) ?? ZERO;
    roundTotals.set(String(r.roundId), { participants: t.participants + c.participants, attempts: t.attempts + c.attempts });
  }
  const districtTotals = new Map(perDistrict.map((r) => [key(r.districtId), counts(r)]));

  result.rounds = rounds.map((r) => ({
    id: r.id,
    number: r.number,
    name: r.name,
    opensAt: r.opensAt.toISOString(),
    closesAt: r.closesAt.toISOString(),
    counts: roundTotals.get(r.id) ?? ZERO,
  }));
  result.total = [...districtTotals.values()].reduce((t, c) => ({ participants: t.participants + c.participants, attempts: t.attempts + c.attempts }), ZERO);
  const places: { id: string | null; name: string }[] = [...districts];
  if (districtTotals.has("")) places.push({ id: null, name: "Không rõ huyện/thành phố" });
  result.districts = places.map((d) => ({
    id: d.id,
    name: d.name,
    total: districtTotals.get(key(d.id)) ?? ZERO,
    byRound: Object.fromEntries(rounds.map((r) => [r.id, cell.get(`${r.id}|${key(d.id)}`) ?? ZERO])),
  }));
  return result;
}
