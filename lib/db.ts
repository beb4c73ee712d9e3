// The one Prisma client. SQLite (embedded default) or PostgreSQL (production), chosen by
// DATABASE_URL; both generated clients come from prisma/schema.prisma and share one API.
import "server-only";
import { createClient, type Db } from "./db/client";

const globalForDb = globalThis as unknown as { __db?: Db };

export const db: Db = globalForDb.__db ?? createClient();
globalForDb.__db = db;

export type { Db };

/** The client inside `db.$transaction(async (tx) => …)`: what a write that belongs to a larger transaction takes. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
