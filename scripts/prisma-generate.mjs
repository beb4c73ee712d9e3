// Generates the Prisma client for both databases (they share one API; lib/db.ts picks one at run time).
// `prisma generate` needs no schema engine; pointing it at /bin/false stops it trying to download one.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { PROVIDERS, root, writeSchemaFor } from "./prisma-schemas.mjs";

const cli = join(root, "node_modules", "prisma", "build", "index.js");
for (const provider of PROVIDERS) {
  const schema = writeSchemaFor(provider);
  execFileSync(process.execPath, [cli, "generate", "--schema", schema], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false",
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
      DATABASE_URL: process.env.DATABASE_URL || "file:./data/app.db",
    },
  });
}
console.log("Prisma clients generated for sqlite and postgresql");
