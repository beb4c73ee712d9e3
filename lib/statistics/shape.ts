// Shaping the database's grouped counts into complete series (zeros where nothing happened).
// Pure: no Prisma, no next/*.

export function ratio(part: number, whole: number | null | undefined): number | null {
  return whole ? part / whole : null;
}

/** The next calendar day of an ISO date "yyyy-MM-dd". */
export function nextIsoDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export interface DayCounts {
  day: string; // Vietnam calendar day, yyyy-MM-dd
  attempts: number;
  participants: number;
  newParticipants: number;
}

export interface DayRow extends DayCounts {
  cumulativeParticipants: number;
}

/** Every day from the first to the last active day (quiet days as zeros), with the running total. */
export function fillDays(rows: readonly DayCounts[]): DayRow[] {
  if (rows.length === 0) return [];
  const byDay = new Map(rows.map((r) => [r.day, r]));
  const days = [...byDay.keys()].sort();
  const last = days[days.length - 1];
  const out: DayRow[] = [];
  let cumulative = 0;
  for (let day = days[0]; day <= last; day = nextIsoDay(day)) {
    const r = byDay.get(day) ?? { day, attempts: 0, participants: 0, newParticipants: 0 };
    cumulative += r.newParticipants;
    out.push({ ...r, day, cumulativeParticipants: cumulative });
  }
  return out;
}

export interface CountRow {
  value: number;
  count: number;
}

export interface ShareRow {
  value: number;
  count: number;
  share: number | null;
}

/** Values 0..max (or from..max) with their counts and share of the total; max grows to fit the data. */
export function completeSeries(rows: readonly CountRow[], max: number, from = 0): ShareRow[] {
  const counts = new Map<number, number>();
  for (const r of rows) counts.set(r.value, (counts.get(r.value) ?? 0) + r.count);
  const top = Math.max(max, ...rows.map((r) => r.value));
  const total = rows.reduce((s, r) => s + r.count, 0);
  const out: ShareRow[] = [];
  for (let v = from; v <= top; v++) {
    const count = counts.get(v) ?? 0;
    out.push({ value: v, count, share: ratio(count, total) });
  }
  return out;
}

/** Minute buckets 0..(time limit in minutes − 1); a bucket m holds durations in [m, m+1) minutes. */
export function durationBucketCount(timeLimitSec: number): number {
  return Math.max(1, Math.ceil(timeLimitSec / 60));
}

export function durationBucketLabel(minute: number): string {
  return `${minute}–${minute + 1} phút`;
}

/** Mean of a total over a count, or null. */
export function mean(total: number, count: number): number | null {
  return count > 0 ? total / count : null;
}
