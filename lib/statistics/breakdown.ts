// Rolling the round's breakdown (one row per district × unit × group, counted in the database) up to
// the figures the pages show. Pure. Distinct participants add up because every person has exactly
// one district, one unit (or free-text unit) and one group.
import { PARTICIPANT_GROUPS, type ParticipantGroupValue } from "../participants/labels";

export type GroupKey = ParticipantGroupValue;
export const GROUP_KEYS: readonly GroupKey[] = PARTICIPANT_GROUPS;

export interface BreakdownRow {
  districtId: string | null;
  unitId: string | null;
  /** The unit typed as free text when no listed unit was chosen ("" = none); null when unitId is set. */
  freeUnitName: string | null;
  group: GroupKey;
  participants: number;
  attempts: number;
  scoreSum: number;
  durationSumMs: number;
  durationCount: number;
}

export interface PlaceCounts {
  participants: number;
  attempts: number;
  scoreSum: number;
}

const ZERO: PlaceCounts = { participants: 0, attempts: 0, scoreSum: 0 };

function add(a: PlaceCounts, b: PlaceCounts): PlaceCounts {
  return { participants: a.participants + b.participants, attempts: a.attempts + b.attempts, scoreSum: a.scoreSum + b.scoreSum };
}

function rollUp<K>(rows: readonly BreakdownRow[], key: (r: BreakdownRow) => K): Map<K, PlaceCounts> {
  const out = new Map<K, PlaceCounts>();
  for (const r of rows) {
    const k = key(r);
    out.set(k, add(out.get(k) ?? ZERO, { participants: r.participants, attempts: r.attempts, scoreSum: r.scoreSum }));
  }
  return out;
}

export interface RoundSummary {
  participants: number;
  attempts: number;
  inProgress: number;
  registered: number;
  scoreSum: number;
  durationSumMs: number;
  durationCount: number;
}

export function summarize(rows: readonly BreakdownRow[], counts: { inProgress: number; registered: number }): RoundSummary {
  return rows.reduce<RoundSummary>(
    (s, r) => ({
      ...s,
      participants: s.participants + r.participants,
      attempts: s.attempts + r.attempts,
      scoreSum: s.scoreSum + r.scoreSum,
      durationSumMs: s.durationSumMs + r.durationSumMs,
      durationCount: s.durationCount + r.durationCount,
    }),
    { participants: 0, attempts: 0, scoreSum: 0, durationSumMs: 0, durationCount: 0, ...counts },
  );
}

export function byGroup(rows: readonly BreakdownRow[]): Record<GroupKey, PlaceCounts> {
  const m = rollUp(rows, (r) => r.group);
  return Object.fromEntries(GROUP_KEYS.map((g) => [g, m.get(g) ?? ZERO])) as Record<GroupKey, PlaceCounts>;
}

export interface DistrictCounts extends PlaceCounts {
  districtId: string | null; // null = the participant gave no district
  name: string;
}

export const UNKNOWN_DISTRICT = "Không rõ huyện/thành phố";

/** Every district of the contest in its order (zeros included), then the unknown one if anybody. */
export function byDistrict(rows: readonly BreakdownRow[], districts: readonly { id: string; name: string }[]): DistrictCounts[] {
  const m = rollUp(rows, (r) => r.districtId);
  const out: DistrictCounts[] = districts.map((d) => ({ districtId: d.id, name: d.name, ...(m.get(d.id) ?? ZERO) }));
  const unknown = m.get(null);
  if (unknown) out.push({ districtId: null, name: UNKNOWN_DISTRICT, ...unknown });
  return out;
}

export interface UnitCounts {
  unitId: string | null; // null = typed as free text (or none)
  name: string;
  districtName: string | null;
  headcount: number | null;
  participants: number;
  attempts: number;
}

export const NO_UNIT_NAME = "(Không ghi đơn vị)";

export interface ListedUnit {
  id: string;
  name: string;
  headcount: number | null;
  districtName: string | null;
}

/**
 * Every unit of the contest's list (zeros included: who did not take part is what organisers report
 * upwards) and the free-text units people typed; most participants first, listed units before
 * free text, then by name.
 */
export function byUnit(rows: readonly BreakdownRow[], units: readonly ListedUnit[]): UnitCounts[] {
  const m = rollUp(rows, (r) => (r.unitId !== null ? `u:${r.unitId}` : `f:${r.freeUnitName ?? ""}`));
  const listed: UnitCounts[] = units.map((u) => {
    const c = m.get(`u:${u.id}`) ?? ZERO;
    return { unitId: u.id, name: u.name, districtName: u.districtName, headcount: u.headcount, participants: c.participants, attempts: c.attempts };
  });
  const free: UnitCounts[] = [...m]
    .filter(([k]) => k.startsWith("f:"))
    .map(([k, c]) => ({
      unitId: null,
      name: k.slice(2) || NO_UNIT_NAME,
      districtName: null,
      headcount: null,
      participants: c.participants,
      attempts: c.attempts,
    }));
  const rank = (u: UnitCounts) => (u.unitId === null ? 1 : 0);
  return [...listed, ...free].sort((a, b) => b.participants - a.participants || rank(a) - rank(b) || a.name.localeCompare(b.name, "vi"));
}
