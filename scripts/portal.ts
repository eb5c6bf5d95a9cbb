import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createPrismaClient, secretBoxKeyMaterial } from "@kk/db";
import { openAppDatabase, ownerUrlOf, prepareAppConnection } from "@kk/db/dev-database";
import { applyMigrations } from "@kk/db/migrations";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TOTP_ROLES, DEMO_TOTP_SECRET, seedDemo } from "@kk/db/seed";
import { appRoleCheck } from "./portal-database.ts";
import { planPortal } from "./portal-plan.ts";

/*
 * Shared by `npm run dev` and `npm start`: open the database (DATABASE_URL, or the embedded server
 * with its data in .data/postgres), apply pending migrations, load the demo data when the plan says
 * so (portal-plan.ts: `npm start` refuses development defaults), then run Next.js and stop
 * everything cleanly on Ctrl+C.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(path.join(root, "apps/web/package.json"));

export async function runPortal(mode: "dev" | "start"): Promise<void> {
  const port = process.env.PORT ?? "3000";
  const plan = planPortal(mode, process.env, port);
  if (plan.kind === "refuse") {
    console.error(`\nThe portal does not start in production with these settings:\n${plan.problems.map((p) => `  - ${p}`).join("\n")}\nSee .env.example and docs/operations.md.\n`);
    process.exitCode = 1;
    return;
  }
  for (const note of plan.notes) console.log(note);
  const database = await openAppDatabase((message) => console.log(`[db] ${message}`));
  let exiting = false;
  try {
    // Migrations and the seed run as the owner; the portal as the application role (docs/adr/0024).
    const ownerUrl = ownerUrlOf(database, process.env);
    const applied = await applyMigrations(ownerUrl, (message) => console.log(`[db] ${message}`));
    if (applied.length === 0) console.log("[db] Migrations are up to date.");
    const appUrl = await prepareAppConnection(database, process.env);
    const roleCheck = await appRoleCheck(mode, appUrl);
    if (roleCheck.problems.length > 0) {
      const lines = roleCheck.problems.map((p) => `  - ${p}`).join("\n");
      if (roleCheck.refuse) {
        console.error(`\nThe portal does not start in production with this database role:\n${lines}\nSee docs/operations.md, "Database roles".\n`);
        process.exitCode = 1;
        return;
      }
      console.warn(`[db] Warning:\n${lines}`);
    }
    if (plan.seedDemo) {
      const db = createPrismaClient(ownerUrl);
      // Demo TOTP secrets are sealed with the key the server will use (KK_MFA_KEY or NEXTAUTH_SECRET).
      const mfaKeyMaterial = secretBoxKeyMaterial({ ...process.env, ...plan.env });
      const result = await seedDemo(db, { mfaKeyMaterial }).finally(() => db.$disconnect());
      if (result.usersCreated + result.organisationsCreated > 0) console.log("[db] Demo data loaded (gemeente Zwijndrecht).");
      console.log(`\nDemo accounts (password: ${DEMO_PASSWORD}):`);
      for (const account of DEMO_ACCOUNTS) console.log(`  ${account.role.padEnd(17)} ${(account.municipalityCode ?? "regio").padEnd(6)} ${account.email}`);
      console.log(`\n${DEMO_TOTP_ROLES.join(" and ")} sign in with two-factor verification: add the TOTP key ${DEMO_TOTP_SECRET}`);
      console.log("to an authenticator app, or read the current code on the sign-in page (demo portals only).");
    }
    console.log(`\nKetenportaal Kindveiligheid: http://localhost:${port}`);
    console.log(`Public page for residents (no sign-in): http://localhost:${port}/hulp\n`);
    const nextBin = require.resolve("next/dist/bin/next");
    const child = spawn(process.execPath, [nextBin, mode, "--port", port], {
      cwd: path.join(root, "apps/web"),
      stdio: "inherit",
      env: {
        ...process.env,
        ...plan.env,
        DATABASE_URL: appUrl,
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
