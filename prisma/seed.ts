// `npm run db:seed`: idempotent seed of DATABASE_URL (see prisma/seed-lib.ts).
import "dotenv/config";
import { createClient } from "../lib/db/client";
import { clock } from "../lib/time";
import { runSeed } from "./seed-lib";

async function main() {
  const db = createClient();
  try {
    const result = await runSeed(db, {
      clock: clock(),
      staffPassword: process.env.DEMO_STAFF_PASSWORD,
      historySize: process.env.SEED_HISTORY_SIZE ? Number(process.env.SEED_HISTORY_SIZE) : undefined,
      log: (line) => console.log(line),
    });
    console.log(`Seeded contests: ${result.contests.join(", ")}`);
    if (result.generatedStaffPassword) {
      console.log("");
      console.log("  Demo staff accounts admin, bientap, giamkhao, thuky were created.");
      console.log(`  Their password (shown only this once): ${result.generatedStaffPassword}`);
      console.log("  Set DEMO_STAFF_PASSWORD to choose it yourself.");
      console.log("");
    }
  } finally {
    await db.$disconnect();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
