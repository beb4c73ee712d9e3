// SQL fragments that differ between SQLite and PostgreSQL, and reading raw aggregate values.
import { join, raw, sqltag as sql, type Sql } from "@prisma/client/runtime/client";
import type { DbProvider } from "../db/url";

export { join, sql, type Sql };

/**
 * The Vietnam calendar day (yyyy-MM-dd text) of a UTC timestamp column, in the database, so daily
 * counts are grouped where the rows are. Same days as `vnDayKey` in lib/time.ts (UTC+07:00, no DST).
 * SQLite stores DateTime as ISO text ("2023-03-16T07:40:55.192+00:00"), which datetime() reads;
 * PostgreSQL stores `timestamp(3)` in UTC.
 */
export function vnDaySql(provider: DbProvider, column: string): Sql {
  return provider === "sqlite"
    ? raw(`date(datetime(${column}, '+7 hours'))`)
    : raw(`to_char((${column} AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, 'YYYY-MM-DD')`);
}

/**
 * A raw aggregate as a JS number: SQLite gives BigInt for integers, PostgreSQL gives BigInt for
 * COUNT and a Decimal for SUM over bigints and AVG.
 */
export function num(value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === "number") return value;
  if (typeof value === "bigint") return Number(value);
  return Number(String(value));
}
