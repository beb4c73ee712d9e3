// Derives the per-database schema files from prisma/schema.prisma (the one schema).
// Only the provider and the generated client's folder differ between them.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const PROVIDERS = ["sqlite", "postgresql"];

export function schemaSource() {
  return readFileSync(join(root, "prisma", "schema.prisma"), "utf8");
}

/** The schema text for one provider. */
export function schemaFor(provider, source = schemaSource()) {
  if (provider === "sqlite") return source;
  if (provider !== "postgresql") throw new Error(`Unknown provider ${provider}`);
  const out = source
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace('output       = "../lib/generated/sqlite"', 'output       = "../../lib/generated/postgresql"');
  if (out === source) throw new Error("schema.prisma changed shape: update scripts/prisma-schemas.mjs");
  return out;
}

/** Writes prisma/generated/<provider>.prisma and returns its path. */
export function writeSchemaFor(provider) {
  if (provider === "sqlite") return join(root, "prisma", "schema.prisma");
  const dir = join(root, "prisma", "generated");
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${provider}.prisma`);
  writeFileSync(path, schemaFor(provider));
  return path;
}

/** sqlite | postgresql from a DATABASE_URL. */
export function providerOf(url) {
  if (!url || url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  throw new Error(`DATABASE_URL must start with file: or postgres(ql)://, got ${url.split(":")[0]}:`);
}
