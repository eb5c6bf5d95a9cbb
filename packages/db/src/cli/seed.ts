// `npm run db:seed`: load the demo data (idempotent) into DATABASE_URL or the embedded dev database.
// `npm run db:seed -- --orgs 10000`: also add 10,000 generated organisations (load tests).
import { parseArgs } from "node:util";
import { createPrismaClient } from "../client.ts";
import { openAppDatabase, ownerUrlOf } from "../dev-database.ts";
import { generateDirectory } from "../seed/generate-directory.ts";
import { seedDemo } from "../seed/index.ts";

const { values } = parseArgs({ options: { orgs: { type: "string" } } });
const orgs = values.orgs === undefined ? 0 : Number(values.orgs);
if (!Number.isInteger(orgs) || orgs < 0 || orgs > 1_000_000) {
  console.error(`--orgs expects a whole number from 0 to 1,000,000, not "${values.orgs ?? ""}".`);
  process.exit(1);
}

// The demo accounts share one published password: never into a production database by accident.
if (process.env.NODE_ENV === "production" && process.env.KK_DEMO !== "1") {
  console.error("NODE_ENV=production: the demo accounts (with the password from the README) are not loaded. Set KK_DEMO=1 for a demo database.");
  process.exit(1);
}

const database = await openAppDatabase();
// As the owner (MIGRATION_DATABASE_URL when set): the app role sees no owned rows without a scope (docs/adr/0024).
const db = createPrismaClient(ownerUrlOf(database, process.env));
try {
  const result = await seedDemo(db);
  console.log(`Demo data: ${result.organisationsCreated} organisation(s) and ${result.usersCreated} user(s) created.`);
  if (orgs > 0) {
    const generated = await generateDirectory(db, orgs, new Date());
    console.log(
      `Generated ${generated.organisations} organisation(s) with ${generated.contacts} contact(s) in ${(generated.milliseconds / 1000).toFixed(1)}s.`,
    );
  }
} finally {
  await db.$disconnect();
  await database.stop();
}
