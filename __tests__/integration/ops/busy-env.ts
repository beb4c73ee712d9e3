// Imported first by busy-database.test.ts: short waits so a held lock fails fast in the test.
process.env.SQLITE_BUSY_TIMEOUT_MS = "150";
process.env.PG_LOCK_TIMEOUT_MS = "150";
export {};
