// Builds a Prisma client for a DATABASE_URL. Not `server-only` so scripts (seed, benches) and
// tests can build their own clients; the app uses the cached one in lib/db.ts.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient as SqliteClient } from "../generated/sqlite/client";
import { PrismaClient as PostgresClient } from "../generated/postgresql/client";
import { pgSafeText } from "./pg-safe-text";
import { databaseUrl, providerOf, sqlitePath, type DbProvider } from "./url";

export type Db = SqliteClient & { readonly provider: DbProvider };

// WAL lets readers run beside the writer; synchronous FULL fsyncs every commit so an acknowledged
// write survives even a power cut (NORMAL survives a crashed process but not a power cut; set
// SQLITE_SYNCHRONOUS=NORMAL to trade that for throughput, docs/PERFORMANCE.md). The busy timeout
// makes concurrent writers wait instead of failing.
const SQLITE_SYNCHRONOUS = process.env.SQLITE_SYNCHRONOUS === "NORMAL" ? "NORMAL" : "FULL";
const SQLITE_PRAGMAS = `PRAGMA journal_mode = WAL; PRAGMA synchronous = ${SQLITE_SYNCHRONOUS}; PRAGMA foreign_keys = ON;`;
const SQLITE_BUSY_TIMEOUT_MS = Number(process.env.SQLITE_BUSY_TIMEOUT_MS || 10_000);

/** Runs the connection pragmas on every SQLite connection the adapter opens. */
function sqliteFactory(file: string): SqlDriverAdapterFactory {
  const inner = new PrismaBetterSqlite3({ url: file, timeout: SQLITE_BUSY_TIMEOUT_MS });
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    async connect(): Promise<SqlDriverAdapter> {
      const adapter = await inner.connect();
      await adapter.executeScript(SQLITE_PRAGMAS);
      return adapter;
    },
  };
}

export function createClient(url: string = databaseUrl(), options: { poolSize?: number } = {}): Db {
  const provider = providerOf(url);
  let client: unknown;
  if (provider === "sqlite") {
    const file = sqlitePath(url);
    mkdirSync(dirname(file), { recursive: true });
    // One writer at a time: under a surge a transaction may queue behind many others, so it waits
    // up to 10 s for its turn (Prisma's default of 2 s turned queueing into failed starts).
    client = new SqliteClient({ adapter: sqliteFactory(file), transactionOptions: { maxWait: 10_000, timeout: 20_000 } });
  } else {
    const max = options.poolSize ?? Number(process.env.DATABASE_POOL_SIZE || 10);
    // A statement waiting on a lock gives up after PG_LOCK_TIMEOUT_MS with a retryable error
    // instead of holding the request forever; new connections give up after 10 s.
    const lockTimeout = Number(process.env.PG_LOCK_TIMEOUT_MS || 10_000);
    client = new PostgresClient({
      transactionOptions: { maxWait: 10_000, timeout: 20_000 },
      // pgSafeText: a NUL or a lone surrogate sent in any field must not become a 500 (pg-safe-text.ts).
      adapter: pgSafeText(new PrismaPg({ connectionString: url, max, connectionTimeoutMillis: 10_000, options: `-c lock_timeout=${lockTimeout}` })),
    });
  }
  // Both clients are generated from the same models, so they have the same API.
  Object.defineProperty(client, "provider", { value: provider, enumerable: false });
  return client as Db;
}
