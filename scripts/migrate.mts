// Migrations without Prisma's native schema engine (it cannot be downloaded here; ../shared/STACK.md
// "Prisma offline"): the same engine compiled to WebAssembly, driven through a driver adapter.
// Migration folders keep Prisma's standard format, so `prisma migrate deploy` still works elsewhere.
//
//   tsx scripts/migrate.mts deploy            apply pending migrations to DATABASE_URL
//   tsx scripts/migrate.mts status            list applied / pending migrations
//   tsx scripts/migrate.mts reset             empty the database, then apply every migration
//   tsx scripts/migrate.mts new <name>        write a migration for each database (schema vs snapshot)
//   tsx scripts/migrate.mts check             exit 1 unless the migrations produce exactly the schema
//
// Options: --url <DATABASE_URL> (default: env), --schema <file> (check against another schema file).
import "dotenv/config";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { PROVIDERS, providerOf, root, schemaFor, schemaSource } from "./prisma-schemas.mjs";

type Provider = "sqlite" | "postgresql";
const require = createRequire(import.meta.url);

interface Engine {
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>;
  diagnoseMigrationHistory(input: unknown): Promise<{
    history: null | { diagnostic: string; unappliedMigrationNames?: string[] };
    failedMigrationNames: string[];
    editedMigrationNames: string[];
    hasMigrationsTable: boolean;
  }>;
  diff(input: unknown): Promise<{ exitCode: number; stdout: string | null }>;
  reset(input: unknown): Promise<void>;
  free(): void;
}

const FILTERS = { externalTables: [], externalEnums: [] };

export function migrationsDir(provider: Provider): string {
  return join(root, "prisma", "migrations", provider);
}

function snapshotPath(provider: Provider): string {
  return join(root, "prisma", "snapshots", `${provider}.prisma`);
}

function sqliteFile(url: string): string {
  const path = url.replace(/^file:/, "").replace(/\?.*$/, "");
  return resolve(root, path);
}

function removeSqliteFiles(url: string) {
  const file = sqliteFile(url);
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
}

async function adapterFactory(provider: Provider, url: string) {
  const { bindMigrationAwareSqlAdapterFactory } = require("@prisma/driver-adapter-utils");
  if (provider === "sqlite") {
    const file = sqliteFile(url);
    mkdirSync(dirname(file), { recursive: true });
    const { PrismaBetterSqlite3 } = require("@prisma/adapter-better-sqlite3");
    return bindMigrationAwareSqlAdapterFactory(new PrismaBetterSqlite3({ url: file }));
  }
  const { PrismaPg } = require("@prisma/adapter-pg");
  return bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: url }));
}

// The wasm module reports panics through this global (as Prisma's CLI sets it up).
const panics = {
  message: "",
  set_message(m: string) {
    this.message = m;
  },
};
(globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = panics;

let loaded: Promise<typeof import("@prisma/schema-engine-wasm/schema_engine_bg")> | undefined;
function loadWasm() {
  loaded ??= (async () => {
    const bg = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const wasmPath = join(dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")), "schema_engine_bg.wasm");
    const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), { "./schema_engine_bg.js": bg });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
    return bg;
  })();
  return loaded;
}

async function openEngine(provider: Provider, url: string, schemaText: string): Promise<Engine> {
  const bg = await loadWasm();
  const factory = await adapterFactory(provider, url);
  const log = () => {};
  return (await bg.SchemaEngine.new({ datamodels: [["schema.prisma", schemaText]] }, log, factory)) as unknown as Engine;
}

export function migrationsList(provider: Provider) {
  const baseDir = migrationsDir(provider);
  const dirs = existsSync(baseDir)
    ? readdirSync(baseDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  const lockPath = join(baseDir, "migration_lock.toml");
  return {
    baseDir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((name) => {
      const file = join(baseDir, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: existsSync(file) ? { tag: "ok", value: readFileSync(file, "utf8") } : { tag: "error", value: "missing migration.sql" },
        },
      };
    }),
  };
}

function args() {
  const argv = process.argv.slice(2);
  const opts: Record<string, string> = {};
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i].startsWith("--")) opts[argv[i].slice(2)] = argv[++i];
    else rest.push(argv[i]);
  }
  return { command: rest[0], name: rest[1], opts };
}

async function deploy(provider: Provider, url: string): Promise<string[]> {
  const engine = await openEngine(provider, url, schemaFor(provider));
  try {
    const out = await engine.applyMigrations({ migrationsList: migrationsList(provider), filters: FILTERS });
    return out.appliedMigrationNames;
  } finally {
    engine.free();
  }
}

async function reset(provider: Provider, url: string): Promise<string[]> {
  if (provider === "sqlite") {
    removeSqliteFiles(url);
  } else {
    const engine = await openEngine(provider, url, schemaFor(provider));
    try {
      await engine.reset({ filter: FILTERS });
    } finally {
      engine.free();
    }
  }
  return deploy(provider, url);
}

async function status(provider: Provider, url: string) {
  const engine = await openEngine(provider, url, schemaFor(provider));
  try {
    return await engine.diagnoseMigrationHistory({
      migrationsList: migrationsList(provider),
      optInToShadowDatabase: false,
      filters: FILTERS,
    });
  } finally {
    engine.free();
  }
}

/** The SQL that takes the database described by the migrations to `schemaText`. Empty when they agree. */
async function pendingDiff(provider: Provider, url: string, schemaText: string): Promise<string> {
  return provider === "sqlite" ? pendingDiffSqlite(url, schemaText) : pendingDiffPostgres(url, schemaText);
}

async function pendingDiffSqlite(url: string, schemaText: string): Promise<string> {
  // One engine (one connection) for apply and diff: a second SQLite connection would wait on the
  // first one's lock.
  removeSqliteFiles(url);
  const engine = await openEngine("sqlite", url, schemaText);
  try {
    await engine.applyMigrations({ migrationsList: migrationsList("sqlite"), filters: FILTERS });
    const out = await engine.diff({
      from: { tag: "schemaDatasource", files: [{ path: "schema.prisma", content: schemaText }], configDir: root },
      to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: schemaText }] },
      script: true,
      exitCode: null,
      filters: FILTERS,
    });
    return (out.stdout ?? "").replace(/^-- This is an empty migration\.\s*$/m, "").trim();
  } finally {
    engine.free();
  }
}

// The wasm engine cannot introspect PostgreSQL through the pg adapter (it fails on the `char`
// type), so compare catalogs instead: the migrations applied to one database, the schema's own
// DDL (diff from empty) to a second one, then the two catalogs' fingerprints.
async function pendingDiffPostgres(url: string, schemaText: string): Promise<string> {
  const expectedUrl = await ensurePgDatabase(url, "_expected");
  await reset("postgresql", url);
  const engine = await openEngine("postgresql", expectedUrl, schemaText);
  let ddl: string;
  try {
    await engine.reset({ filter: FILTERS });
    const out = await engine.diff({
      from: { tag: "empty" },
      to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: schemaText }] },
      script: true,
      exitCode: null,
      filters: FILTERS,
    });
    ddl = out.stdout ?? "";
  } finally {
    engine.free();
  }
  await withPg(expectedUrl, (c) => c.query(ddl));
  const [actual, expected] = await Promise.all([pgFingerprint(url), pgFingerprint(expectedUrl)]);
  const missing = expected.filter((line) => !actual.includes(line)).map((l) => `+ ${l}`);
  const extra = actual.filter((line) => !expected.includes(line)).map((l) => `- ${l}`);
  return [...missing, ...extra].join("\n");
}

type PgClient = { query(sql: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>; end(): Promise<void> };

async function withPg<T>(url: string, fn: (c: PgClient) => Promise<T>): Promise<T> {
  const { Client } = require("pg");
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function ensurePgDatabase(url: string, suffix: string): Promise<string> {
  const u = new URL(url);
  const name = u.pathname.slice(1) + suffix;
  const admin = new URL(url);
  admin.pathname = "/postgres";
  await withPg(admin.toString(), async (c) => {
    const found = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rows.length === 0) await c.query(`CREATE DATABASE "${name.replace(/"/g, "")}"`);
  });
  u.pathname = `/${name}`;
  return u.toString();
}

async function pgFingerprint(url: string): Promise<string[]> {
  return withPg(url, async (c) => {
    const cols = await c.query(`SELECT table_name || '.' || column_name || ' ' || udt_name || ' ' || is_nullable || ' ' || coalesce(column_default, '') AS l
      FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`);
    const idx = await c.query(`SELECT indexdef AS l FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`);
    const cons = await c.query(`SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) AS l
      FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '_prisma_migrations'`);
    const enums = await c.query(`SELECT t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS l
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`);
    return [...cols.rows, ...idx.rows, ...cons.rows, ...enums.rows].map((r) => String(r.l)).sort();
  });
}

async function newMigration(name: string) {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error("Migration name: lower case letters, digits and _ only");
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const source = schemaSource();
  for (const provider of PROVIDERS as Provider[]) {
    const target = schemaFor(provider, source);
    const snap = snapshotPath(provider);
    const from = existsSync(snap) ? { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: readFileSync(snap, "utf8") }] } : { tag: "empty" };
    // A diff between two schema files needs no database; any adapter satisfies the engine.
    const scratch = provider === "sqlite" ? "file:./data/.migrate-scratch.db" : process.env.MIGRATE_PG_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
    const engine = await openEngine(provider, scratch, target);
    let sql: string;
    try {
      const out = await engine.diff({
        from,
        to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: target }] },
        script: true,
        exitCode: null,
        filters: FILTERS,
      });
      sql = out.stdout ?? "";
    } finally {
      engine.free();
      rmSync(join(root, "data", ".migrate-scratch.db"), { force: true });
    }
    if (/^-- This is an empty migration\.\s*$/.test(sql.trim()) || sql.trim() === "") {
      console.log(`${provider}: schema unchanged, no migration written`);
      continue;
    }
    const dir = join(migrationsDir(provider), `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "migration.sql"), sql);
    const lock = join(migrationsDir(provider), "migration_lock.toml");
    if (!existsSync(lock)) {
      writeFileSync(
        lock,
        `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${provider}"\n`,
      );
    }
    mkdirSync(dirname(snap), { recursive: true });
    writeFileSync(snap, target);
    console.log(`${provider}: wrote ${dir}`);
  }
}

async function main() {
  const { command, name, opts } = args();
  const url = opts.url || process.env.DATABASE_URL || "file:./data/app.db";
  const provider = providerOf(url) as Provider;
  switch (command) {
    case "deploy": {
      const applied = await deploy(provider, url);
      console.log(applied.length ? `Applied: ${applied.join(", ")}` : "No pending migrations");
      break;
    }
    case "reset": {
      const applied = await reset(provider, url);
      console.log(`Database reset; applied: ${applied.join(", ") || "none"}`);
      break;
    }
    case "status": {
      const s = await status(provider, url);
      console.log(JSON.stringify(s, null, 2));
      if (s.history || s.failedMigrationNames.length || s.editedMigrationNames.length) process.exitCode = 1;
      break;
    }
    case "new":
      if (!name) throw new Error("Usage: npm run db:migrate:new -- <name>");
      await newMigration(name);
      break;
    case "check": {
      const schemaText = opts.schema ? readFileSync(opts.schema, "utf8") : schemaFor(provider);
      const diff = await pendingDiff(provider, url, schemaText);
      if (diff) {
        console.error(`${provider}: the migrations do not produce the schema. Missing:\n${diff}\nRun: npm run db:migrate:new -- <name>`);
        process.exitCode = 1;
      } else {
        console.log(`${provider}: migrations and schema agree`);
      }
      break;
    }
    default:
      console.error("Usage: migrate.mts deploy|status|reset|new <name>|check [--url URL] [--schema FILE]");
      process.exitCode = 2;
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  if (panics.message) console.error(panics.message);
  process.exit(1);
});
