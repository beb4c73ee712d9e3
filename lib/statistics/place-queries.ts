// The contest's own districts and units (editable data per contest, docs/DOMAIN.md "Vietnamese formats"),
// which the breakdown is rolled up onto so places nobody came from still show, with zeros.
import "server-only";
import { db } from "../db";
import type { ListedUnit } from "./breakdown";

export interface ContestPlaces {
  districts: { id: string; name: string }[];
  units: ListedUnit[];
}

export async function getContestPlaces(contestId: string): Promise<ContestPlaces> {
  const [districts, units] = await Promise.all([
    db.district.findMany({ where: { contestId }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
    db.unit.findMany({
      where: { contestId },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: { id: true, name: true, headcount: true, district: { select: { name: true } } },
    }),
  ]);
  return { districts, units: units.map((u) => ({ id: u.id, name: u.name, headcount: u.headcount, districtName: u.district?.name ?? null })) };
}
