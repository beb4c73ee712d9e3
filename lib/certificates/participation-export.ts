// The participation workbook of a round: one sheet by district, one by unit. Aggregates only, but
// still written to the audit log like every export of the secretariat.
import "server-only";
import { audit } from "../audit/log";
import { db } from "../db";
import type { DownloadFile } from "../http/download";
import { buildXlsx, XLSX_CONTENT_TYPE, type XlsxCell } from "../exports/xlsx";
import { districtRows, participationRate, unitRows, type GroupCount } from "./participation";
import { staffActor, type StaffActor } from "../staff/actor";

type Raw = { key: string | null; freeName?: string | null; people: bigint | number; attempts: bigint | number };

function toCounts(rows: Raw[]): GroupCount[] {
  // SQLite returns COUNT(...) as BigInt through the raw query API.
  return rows.map((r) => ({ key: r.key, freeName: r.freeName ?? undefined, people: Number(r.people), attempts: Number(r.attempts) }));
}

async function roundParticipation(roundId: string) {
  const round = await db.round.findUnique({ where: { id: roundId }, select: { id: true, name: true, awardYear: true, contestId: true } });
  if (!round) return null;
  // The status literal is inlined: PostgreSQL compares it to the enum column, a bound text
  // parameter would not be cast.
  const [byDistrict, byUnit, districts, units] = await Promise.all([
    db.$queryRaw<Raw[]>`
      SELECT p."districtId" AS "key", COUNT(DISTINCT a."participantId") AS "people", COUNT(*) AS "attempts"
      FROM "Attempt" a JOIN "Participant" p ON p."id" = a."participantId"
      WHERE a."roundId" = ${roundId} AND a."status" = 'SUBMITTED'
      GROUP BY p."districtId"`,
    db.$queryRaw<Raw[]>`
      SELECT p."unitId" AS "key", p."unitName" AS "freeName", COUNT(DISTINCT a."participantId") AS "people", COUNT(*) AS "attempts"
      FROM "Attempt" a JOIN "Participant" p ON p."id" = a."participantId"
      WHERE a."roundId" = ${roundId} AND a."status" = 'SUBMITTED'
      GROUP BY p."unitId", p."unitName"`,
    db.district.findMany({ where: { contestId: round.contestId }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
    db.unit.findMany({
      where: { contestId: round.contestId },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: { id: true, name: true, headcount: true, district: { select: { name: true } } },
    }),
  ]);
  return {
    round,
    districts: districtRows(districts, toCounts(byDistrict)),
    units: unitRows(
      units.map((u) => ({ id: u.id, name: u.name, headcount: u.headcount, districtName: u.district?.name ?? null })),
      toCounts(byUnit),
    ),
  };
}

export type ParticipationOutcome = { ok: true; file: DownloadFile } | { ok: false; status: 404; error: string };

export async function exportRoundParticipation(roundId: string, ctx: { actor: StaffActor }): Promise<ParticipationOutcome> {
  const data = await roundParticipation(roundId);
  if (!data) return { ok: false, status: 404, error: "Không tìm thấy vòng thi." };
  const totalPeople = data.districts.reduce((s, r) => s + r.people, 0);
  const totalAttempts = data.districts.reduce((s, r) => s + r.attempts, 0);
  const districtSheet: XlsxCell[][] = [
    ...data.districts.map((r) => [r.name, r.people, r.attempts, totalPeople ? r.people / totalPeople : null]),
    ["Tổng cộng", totalPeople, totalAttempts, totalPeople ? 1 : null],
  ];
  const unitSheet: XlsxCell[][] = data.units.map((r) => [
    r.name,
    r.districtName ?? "",
    r.people,
    r.attempts,
    r.headcount ?? null,
    participationRate(r.people, r.headcount),
  ]);
  const buffer = await buildXlsx([
    {
      name: "Theo huyện",
      columns: [
        { header: "Huyện/thành phố", width: 28 },
        { header: "Số người tham gia", width: 18 },
        { header: "Số lượt thi", width: 12 },
        { header: "Tỷ lệ trên tổng số người", width: 22, numFmt: "0.0%" },
      ],
      rows: districtSheet,
    },
    {
      name: "Theo đơn vị",
      columns: [
        { header: "Đơn vị", width: 44 },
        { header: "Huyện/thành phố", width: 22 },
        { header: "Số người tham gia", width: 18 },
        { header: "Số lượt thi", width: 12 },
        { header: "Số người của đơn vị", width: 18 },
        { header: "Tỷ lệ tham gia", width: 14, numFmt: "0.0%" },
      ],
      rows: unitSheet,
    },
  ]);
  await audit({
    actor: staffActor(ctx.actor),
    action: "export.participation",
    entityType: "Round",
    entityId: roundId,
    after: { people: totalPeople, attempts: totalAttempts },
  });
  return {
    ok: true,
    file: { body: new Uint8Array(buffer), filename: `Tham gia ${data.round.name} năm ${data.round.awardYear}.xlsx`, contentType: XLSX_CONTENT_TYPE },
  };
}
