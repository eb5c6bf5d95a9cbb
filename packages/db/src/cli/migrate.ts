// `npm run db:migrate`: apply pending migrations to DATABASE_URL (or the embedded dev database).
import { openAppDatabase } from "../dev-database.ts";
import { applyMigrations } from "../migrations/index.ts";

const database = await openAppDatabase();
try {
  const applied = await applyMigrations(database.url, console.log);
  console.log(applied.length === 0 ? "No pending migrations." : `Applied ${applied.length} migration(s).`);
} finally {
  await database.stop();
}
