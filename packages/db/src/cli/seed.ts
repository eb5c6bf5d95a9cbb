// `npm run db:seed`: load the demo data (idempotent) into DATABASE_URL or the embedded dev database.
import { createPrismaClient } from "../client.ts";
import { openAppDatabase } from "../dev-database.ts";
import { seedDemo } from "../seed/index.ts";

const database = await openAppDatabase();
const db = createPrismaClient(database.url);
try {
  const result = await seedDemo(db);
  console.log(`Demo data: ${result.organisationsCreated} organisation(s), ${result.contactsCreated} contact(s), ${result.escalationStepsCreated} escalation step(s) and ${result.usersCreated} user(s) created.`);
} finally {
  await db.$disconnect();
  await database.stop();
}
