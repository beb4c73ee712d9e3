// Vietnam time (Asia/Ho_Chi_Minh: UTC+07:00 all year, no daylight saving) and the one clock.
// Instants are stored in UTC; rules and display use Vietnam time (docs/DOMAIN.md §1).
// Pure module: no Prisma, no next/* imports.

export const VN_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The injectable clock. Every rule asks it, never `new Date()` directly. */
export interface Clock {
  now(): Date;
}

const systemClock: Clock = { now: () => new Date() };

/** A clock that always answers the same instant (tests, demos). */
export function fixedClock(at: Date | string): Clock {
  const ms = typeof at === "string" ? Date.parse(at) : at.getTime();
  if (Number.isNaN(ms)) throw new Error(`Invalid instant: ${String(at)}`);
  return { now: () => new Date(ms) };
}

/**
 * A clock whose "now" is shifted so that it starts at `at` and then runs in real time.
 * Used for the `NOW` demo setting: the site behaves as if today were `at`.
 */
export function shiftedClock(at: Date | string, base: Clock = systemClock): Clock {
  const target = typeof at === "string" ? Date.parse(at) : at.getTime();
  if (Number.isNaN(target)) throw new Error(`Invalid instant: ${String(at)}`);
  const delta = target - base.now().getTime();
  return { now: () => new Date(base.now().getTime() + delta) };
}

let currentClock: Clock = clockFromEnv(process.env.NOW);

function clockFromEnv(value: string | undefined): Clock {
  if (!value) return systemClock;
  return shiftedClock(value);
}

/** The clock used by the application. */
export function clock(): Clock {
  return currentClock;
}

export function now(): Date {
  return currentClock.now();
}

/** Replace the application clock (tests); returns a function restoring the previous one. */
export function setClock(next: Clock): () => void {
  const previous = currentClock;
  currentClock = next;
  return () => {
    currentClock = previous;
  };
}

/** Calendar fields of an instant in Vietnam time. */
export interface VnParts {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

export function toVnParts(instant: Date): VnParts {
  const shifted = new Date(instant.getTime() + VN_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    millisecond: shifted.getUTCMilliseconds(),
  };
}

/** The UTC instant of a Vietnam wall-clock time. */
export function vnInstant(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms) - VN_OFFSET_MS);
}

function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2200) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const PLAN_DATE = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/;

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Parse a date as written in Vietnamese documents: "30/3/2023", "01/04/2023". */
export function parseVnDate(text: string): CalendarDate | null {
  const m = PLAN_DATE.exec(text);
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  const year = Number(m[3]);
  return isValidDate(year, month, day) ? { year, month, day } : null;
}

/** Parse an ISO calendar date "2023-03-30". */
export function parseIsoDate(text: string): CalendarDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return isValidDate(year, month, day) ? { year, month, day } : null;
}

export function isoDate(d: CalendarDate): string {
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

/** The whole Vietnam day: [00:00:00.000, 23:59:59.999] as UTC instants. */
export function vnDayBounds(d: CalendarDate): { start: Date; end: Date } {
  const start = vnInstant(d.year, d.month, d.day);
  return { start, end: new Date(start.getTime() + 24 * 60 * 60 * 1000 - 1) };
}

/**
 * A window written as in the plan, "15/02/2023" to "30/3/2023": from the first day's 00:00 to
 * the last day's 23:59:59.999, Vietnam time.
 */
export function parsePlanWindow(from: string, to: string): { opensAt: Date; closesAt: Date } {
  const a = parseVnDate(from);
  const b = parseVnDate(to);
  if (!a || !b) throw new Error(`Invalid plan window: ${from} – ${to}`);
  const opensAt = vnDayBounds(a).start;
  const closesAt = vnDayBounds(b).end;
  if (closesAt <= opensAt) throw new Error(`Window ends before it starts: ${from} – ${to}`);
  return { opensAt, closesAt };
}

/** Quarter (1–4) of an instant in Vietnam time. */
export function vnQuarter(instant: Date): { year: number; quarter: number } {
  const p = toVnParts(instant);
  return { year: p.year, quarter: Math.floor((p.month - 1) / 3) + 1 };
}

/** The award month of a round: the last calendar month of the quarter its window closes in. */
export function awardMonthOf(closesAt: Date): { year: number; month: number } {
  const { year, quarter } = vnQuarter(closesAt);
  return { year, month: quarter * 3 };
}

/** Whether `instant` falls inside the given calendar month, Vietnam time. */
export function isInVnMonth(instant: Date, year: number, month: number): boolean {
  const p = toVnParts(instant);
  return p.year === year && p.month === month;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** dd/MM/yyyy HH:mm in Vietnam time. */
export function formatVnDateTime(instant: Date): string {
  const p = toVnParts(instant);
  return `${pad(p.day)}/${pad(p.month)}/${p.year} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** dd/MM/yyyy in Vietnam time. */
export function formatVnDate(instant: Date): string {
  const p = toVnParts(instant);
  return `${pad(p.day)}/${pad(p.month)}/${p.year}`;
}

/** dd/MM/yyyy of an ISO calendar date (a date of birth has no time zone). */
export function formatIsoDateVn(iso: string): string {
  const d = parseIsoDate(iso);
  return d ? `${pad(d.day)}/${pad(d.month)}/${d.year}` : iso;
}

/** A duration in milliseconds as "12 phút 05 giây" / "45,2 giây". */
export function formatDuration(ms: number): string {
  if (ms < 60_000) {
    return `${(ms / 1000).toFixed(1).replace(".", ",")} giây`;
  }
  const totalSec = Math.floor(ms / 1000);
  const m = Math.floor(totalSec / 60);
  const s = totalSec % 60;
  return `${m} phút ${pad(s)} giây`;
}

/** The Vietnam calendar date (yyyy-MM-dd) of an instant: the day used for daily statistics. */
export function vnDayKey(instant: Date): string {
  const p = toVnParts(instant);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}
