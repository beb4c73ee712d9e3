// Participation of a round by district and by unit (docs/DOMAIN.md §10): people with at least one
// submitted attempt, their attempts, and the rate against a unit's headcount. The grouping is pure.

export interface GroupCount {
  key: string | null; // districtId / unitId, null when not chosen
  freeName?: string; // a unit typed as free text
  people: number;
  attempts: number;
}

export interface NamedCount {
  name: string;
  districtName?: string;
  headcount?: number | null;
  people: number;
  attempts: number;
}

const NONE_DISTRICT = "(Không chọn huyện)";
const NONE_UNIT = "(Không ghi đơn vị)";

/** Every district of the contest in its order (zero when nobody took part), then the unknown. */
export function districtRows(districts: { id: string; name: string }[], counts: GroupCount[]): NamedCount[] {
  const byId = new Map(counts.filter((c) => c.key).map((c) => [c.key as string, c]));
  const rows: NamedCount[] = districts.map((d) => ({ name: d.name, people: byId.get(d.id)?.people ?? 0, attempts: byId.get(d.id)?.attempts ?? 0 }));
  const none = counts.filter((c) => !c.key || !districts.some((d) => d.id === c.key));
  if (none.length) rows.push({ name: NONE_DISTRICT, people: sum(none, "people"), attempts: sum(none, "attempts") });
  return rows;
}

/**
 * Listed units in their order with headcount, then units typed as free text (most people first),
 * then people who gave none. A participant sits in exactly one group, so groups add up.
 */
export function unitRows(units: { id: string; name: string; headcount: number | null; districtName: string | null }[], counts: GroupCount[]): NamedCount[] {
  const listed = new Map<string, GroupCount[]>();
  const free = new Map<string, { people: number; attempts: number }>();
  for (const c of counts) {
    if (c.key && units.some((u) => u.id === c.key)) {
      listed.set(c.key, [...(listed.get(c.key) ?? []), c]);
      continue;
    }
    const name = (c.freeName ?? "").normalize("NFC").trim() || NONE_UNIT;
    const prev = free.get(name) ?? { people: 0, attempts: 0 };
    free.set(name, { people: prev.people + c.people, attempts: prev.attempts + c.attempts });
  }
  const rows: NamedCount[] = units.map((u) => {
    const groups = listed.get(u.id) ?? [];
    return { name: u.name, districtName: u.districtName ?? "", headcount: u.headcount, people: sum(groups, "people"), attempts: sum(groups, "attempts") };
  });
  const freeRows = [...free.entries()]
    .filter(([name]) => name !== NONE_UNIT)
    .sort((a, b) => b[1].people - a[1].people || a[0].localeCompare(b[0], "vi"))
    .map(([name, c]) => ({ name, districtName: "", headcount: null, ...c }));
  const none = free.get(NONE_UNIT);
  return [...rows, ...freeRows, ...(none ? [{ name: NONE_UNIT, districtName: "", headcount: null, ...none }] : [])];
}

/** people / headcount, or null when the headcount is unknown. */
export function participationRate(people: number, headcount: number | null | undefined): number | null {
  return headcount && headcount > 0 ? people / headcount : null;
}

function sum<T extends { people: number; attempts: number }>(items: T[], field: "people" | "attempts"): number {
  return items.reduce((s, c) => s + c[field], 0);
}
