// `npm run db:migrate`: apply pending migrations to DATABASE_URL (or the embedded dev database) as
// the owner of the tables (MIGRATION_DATABASE_URL when set), then give the application role its
// privileges (docs/adr/0024, docs/operations.md "Database roles").
import { openAppDatabase, ownerUrlOf, prepareAppConnection } from "../dev-database.ts";
import { applyMigrations } from "../migrations/index.ts";

const database = await openAppDatabase();
try {
  const applied = await applyMigrations(ownerUrlOf(database, process.env), console.log);
  console.log(applied.length === 0 ? "No pending migrations." : `Applied ${applied.length} migration(s).`);
  await prepareAppConnection(database, process.env);
} finally {
  await database.stop();
}
