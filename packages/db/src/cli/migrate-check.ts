// Drift check (part of `npm test`): fails when schema.prisma and prisma/migrations disagree.
import { diffMigrationsToSchema } from "../migrations/index.ts";
import { withScratchDatabase } from "./scratch.ts";

const sql = await withScratchDatabase(diffMigrationsToSchema);
if (sql) {
  console.error("schema.prisma and prisma/migrations disagree. Run `npm run db:migrate:new -- <name>`; the missing migration would be:\n");
  console.error(sql);
  process.exit(1);
}
console.log("Migrations match schema.prisma.");
