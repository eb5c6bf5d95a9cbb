import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createPrismaClient } from "@kk/db";
import { openAppDatabase } from "@kk/db/dev-database";
import { applyMigrations } from "@kk/db/migrations";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from "@kk/db/seed";

/*
 * Shared by `npm run dev` and `npm start`: open the database (DATABASE_URL, or the embedded server
 * with its data in .data/postgres), apply pending migrations, load the demo data into the embedded
 * database, then run Next.js and stop everything cleanly on Ctrl+C.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(path.join(root, "apps/web/package.json"));

export async function runPortal(mode: "dev" | "start"): Promise<void> {
  const database = await openAppDatabase((message) => console.log(`[db] ${message}`));
  let exiting = false;
  try {
    const applied = await applyMigrations(database.url, (message) => console.log(`[db] ${message}`));
    if (applied.length === 0) console.log("[db] Migrations are up to date.");
    const demo = database.embedded || process.env.KK_DEMO_MODE === "true";
    if (demo) {
      const db = createPrismaClient(database.url);
      const result = await seedDemo(db).finally(() => db.$disconnect());
      if (result.usersCreated + result.organisationsCreated > 0) console.log("[db] Demo data loaded (gemeente Zwijndrecht).");
      console.log(`\nDemo accounts (password: ${DEMO_PASSWORD}):`);
      for (const account of DEMO_ACCOUNTS) console.log(`  ${account.role.padEnd(13)} ${account.email}`);
    }
    const port = process.env.PORT ?? "3000";
    console.log(`\nKetenportaal Kindveiligheid: http://localhost:${port}\n`);
    const nextBin = require.resolve("next/dist/bin/next");
    const child = spawn(process.execPath, [nextBin, mode, "--port", port], {
      cwd: path.join(root, "apps/web"),
      stdio: "inherit",
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
        ...(mode === "dev" ? { NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "development-only-secret-not-for-production-use" } : {}),
        ...(demo ? { KK_DEMO_MODE: "true" } : {}),
        NEXT_TELEMETRY_DISABLED: "1",
      },
    });
    const shutdown = (signal: NodeJS.Signals) => {
      if (exiting) return;
      exiting = true;
      child.kill(signal);
    };
    process.on("SIGINT", () => shutdown("SIGINT"));
    process.on("SIGTERM", () => shutdown("SIGTERM"));
    const code = await new Promise<number>((resolve) => child.on("exit", (c) => resolve(c ?? 0)));
    process.exitCode = code;
  } finally {
    await database.stop();
    if (database.embedded) console.log("[db] Embedded PostgreSQL stopped.");
  }
}
