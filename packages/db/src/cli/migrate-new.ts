// `npm run db:migrate:new -- <name>`: write the next migration from the difference between the
// existing migrations and prisma/schema.prisma.
import { diffMigrationsToSchema, writeMigration } from "../migrations/index.ts";
import { withScratchDatabase } from "./scratch.ts";

const name = process.argv.slice(2).join("_");
if (!name) {
  console.error("Usage: npm run db:migrate:new -- <name>");
  process.exit(2);
}
const sql = await withScratchDatabase(diffMigrationsToSchema);
if (!sql) {
  console.log("schema.prisma matches the migrations: no migration written.");
} else {
  console.log(`Wrote ${await writeMigration(name, sql)}/migration.sql:\n\n${sql}`);
}
